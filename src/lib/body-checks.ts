/**
 * The checker's rules for entries' bodies: the content rules of
 * src/lib/mdx-policy.ts, and every link from a body to a page of this site
 * (written from the site root, /reviews/cosi-trial/#effect-x) must lead to a
 * page that exists and, with a #anchor, to an anchor on that page.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import remarkRehype from 'remark-rehype';
import { parseFrontmatter, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { collectionNames, type CollectionName } from '../schemas/common.ts';
import { closest, type Problem } from './integrity.ts';
import { checkMdxTree, isOnThisSite, MdxSyntaxError, normaliseUrl, parseBody, schemeOf, checkMdxBody } from './mdx-policy.ts';
import { sitePages } from './page-anchors.ts';
import type { RawSite } from './model.ts';

export interface BodyFile {
  collection: CollectionName;
  id: string;
  /** Path from the project root, e.g. content/reviews/cosi-trial.mdx. */
  file: string;
  data: unknown;
  /** The whole file as read (frontmatter and body); absent for YAML collections. */
  text?: string;
}

const bodyCollections = new Set<CollectionName>(['interventions', 'reviews', 'outcomes', 'events']);

/** The body as @astrojs/mdx compiles it: frontmatter blanked out, so line numbers are the file's. */
export function bodyOf(text: string): string {
  return parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content;
}

// The MDX pipeline up to the HTML tree, as @astrojs/mdx runs it, so heading ids come out exactly as on the page.
const headingPipeline = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkSmartypants)
  .use(remarkRehype, { passThrough: ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] })
  .use(rehypeHeadingIds);

/**
 * The ids Astro gives a body's headings (github-slugger over the heading text, after smart quotes).
 * `tree`: the body already parsed by parseBody (the same parser), so it is not parsed twice;
 * a copy is transformed, so the caller's tree is left as it was.
 */
export function headingIds(body: string, tree?: Root): string[] {
  const file = new VFile({ value: body, path: 'body.mdx' });
  headingPipeline.runSync(tree ? structuredClone(tree) : headingPipeline.parse(file), file);
  return ((file.data as { astro?: { headings?: { slug: string }[] } }).astro?.headings ?? []).map((h) => h.slug);
}

/** Every URL in a body with its line: links, images and reference definitions. */
export function urlsIn(tree: Root): { url: string; line: number; kind: 'link' | 'image' | 'definition' }[] {
  const found: { url: string; line: number; kind: 'link' | 'image' | 'definition' }[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      found.push({ url: node.url, line: node.position?.start.line ?? 1, kind: node.type });
    }
  });
  return found;
}

function toRawSite(files: readonly BodyFile[]): RawSite {
  const site = Object.fromEntries(collectionNames.map((c) => [c, [] as unknown[]])) as Record<CollectionName, unknown[]>;
  for (const f of files) site[f.collection].push({ id: f.id, file: f.file, data: f.data });
  return site as unknown as RawSite;
}

export function checkBodies(files: readonly BodyFile[], { publicFiles = new Set<string>() }: { publicFiles?: ReadonlySet<string> } = {}): Problem[] {
  const problems: Problem[] = [];
  const parsed: { entry: BodyFile; tree: Root; page: string }[] = [];
  const headings = new Map<string, string[]>();

  for (const entry of files) {
    if (!bodyCollections.has(entry.collection) || entry.text === undefined) continue;
    if (entry.file.endsWith('.md')) {
      problems.push({
        file: entry.file,
        field: '(file name)',
        message: `a page body must be an .mdx file: the site does not read .md files. Rename it to ${entry.id}.mdx${files.some((f) => f !== entry && f.collection === entry.collection && f.id === entry.id) ? ` (there is already a ${entry.id}.mdx: keep one of the two)` : ''}`,
      });
      continue;
    }
    const body = bodyOf(entry.text);
    let tree: Root;
    try {
      tree = parseBody(body);
    } catch (error) {
      if (!(error instanceof MdxSyntaxError)) throw error;
      problems.push(...checkMdxBody(body).map((p) => ({ file: entry.file, field: p.field, message: p.message })));
      continue;
    }
    problems.push(...checkMdxTree(tree).map((p) => ({ file: entry.file, field: p.field, message: p.message })));
    const ids = headingIds(body, tree);
    headings.set(`${entry.collection}/${entry.id}`, ids);
    parsed.push({ entry, tree, page: pagePath(entry) });
  }

  const pages = sitePages(toRawSite(files), headings);
  for (const { entry, tree, page } of parsed) {
    for (const { url, line, kind } of urlsIn(tree)) {
      const message = linkProblem(url, kind, page, pages, publicFiles);
      if (message) problems.push({ file: entry.file, field: `body (line ${line})`, message });
    }
  }
  return problems;
}

function pagePath(entry: BodyFile): string {
  const section = { interventions: 'interventions', reviews: 'reviews', outcomes: 'outcomes', events: 'events' }[entry.collection as 'reviews'];
  return `/${section}/${entry.id}/`;
}

/** Why a body URL does not lead anywhere on this site, or undefined if it does (or leaves the site). */
export function linkProblem(url: string, kind: 'link' | 'image' | 'definition', page: string, pages: ReadonlyMap<string, ReadonlySet<string>>, publicFiles: ReadonlySet<string>): string | undefined {
  if (schemeOf(url) !== undefined) return undefined; // another site, or refused by the content rules already
  const clean = normaliseUrl(url);
  if (clean.startsWith('//') || clean.startsWith('/\\')) return undefined;
  if (clean.startsWith('#')) return anchorProblem(url, page, clean.slice(1), pages);
  if (!isOnThisSite(clean)) {
    return `the link "${url}" is relative to this page; write links to pages on this site from the site root, e.g. /interventions/cos-p/ or /reviews/cosi-trial/#citation`;
  }
  const [pathAndQuery, hash] = splitHash(clean);
  const path = pathAndQuery.split('?')[0]!;
  if (publicFiles.has(path)) return hash ? `the link "${url}" leads to a file, which has no #${hash}` : undefined;
  if (kind === 'image') return `the image "${url}" is not a file in public/: put the image in public/ (e.g. public/images/figure.png) and write /images/figure.png`;
  if (!pages.has(path)) {
    const guess = closest(path.endsWith('/') ? path : `${path}/`, pages.keys());
    const slash = !path.endsWith('/') && pages.has(`${path}/`);
    return `the link "${url}" leads to no page on this site${slash ? `: page addresses end in a slash, "${path}/"` : guess ? `; did you mean "${guess}"?` : ''}`;
  }
  return hash === undefined ? undefined : anchorProblem(url, path, hash, pages);
}

function splitHash(url: string): [string, string | undefined] {
  const i = url.indexOf('#');
  return i === -1 ? [url, undefined] : [url.slice(0, i), url.slice(i + 1)];
}

function anchorProblem(url: string, page: string, anchor: string, pages: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
  const anchors = pages.get(page) ?? new Set<string>();
  if (anchor === '' || anchors.has(anchor)) return undefined;
  const guess = closest(anchor, anchors);
  const list = [...anchors].filter((a) => a !== 'main');
  return `the link "${url}" points to #${anchor}, which is not on ${page}${guess ? `; did you mean #${guess}?` : list.length > 0 ? ` (its anchors: ${list.slice(0, 12).map((a) => `#${a}`).join(', ')}${list.length > 12 ? ', …' : ''})` : ''}`;
}
