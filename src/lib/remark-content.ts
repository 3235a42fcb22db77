/**
 * The content rules inside the build itself, so a bare `astro build` refuses
 * what the checker refuses. remark plugins run while the MDX is compiled to
 * JavaScript, before any of that JavaScript exists, let alone runs: a body
 * that imports node:fs fails here and its code is never executed.
 */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { checkMdxTree, isOnThisSite } from './mdx-policy.ts';

export class ContentPolicyError extends Error {
  override name = 'ContentPolicyError';
  /** Read by @astrojs/mdx to point at the first problem. */
  readonly line: number;
  readonly column = 1;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

/** Refuse a body that breaks src/lib/mdx-policy.ts, naming the file and every line. */
export function remarkContentPolicy() {
  return (tree: Root, file: VFile) => {
    const problems = checkMdxTree(tree);
    if (problems.length === 0) return;
    const where = file.path ? relative(file.cwd, file.path) : 'a content body';
    const lines = problems.map((p) => `  ${where}: ${p.field}: ${p.message}`);
    throw new ContentPolicyError(
      `${where} breaks the content rules (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was published:\n${lines.join('\n')}`,
      problems[0]!.line,
    );
  };
}

/**
 * Editors write links from the site root (/interventions/cos-p/), as on slides;
 * the site may be served under a base path (SITE_BASE=/preview/), so those
 * links get the base in front here, as href() does for the templates.
 */
export function remarkSiteLinks({ base }: { base: string }) {
  const prefix = base.replace(/\/+$/, '');
  return (tree: Root) => {
    if (prefix === '') return;
    visit(tree, (node) => {
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && isOnThisSite(node.url)) {
        node.url = `${prefix}${node.url}`;
      }
    });
  };
}
