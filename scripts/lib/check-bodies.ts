/**
 * Reads what the body checks need from disk (each entry's file, the files in
 * public/) and runs them: the content rules and the links between pages.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CollectionName } from '../../src/schemas/common.ts';
import type { Problem } from '../../src/lib/integrity.ts';
import { checkBodies as checkBodyFiles } from '../../src/lib/body-checks.ts';

const projectRoot = join(import.meta.dirname, '..', '..');

/** Files under public/, as the site paths they are served at (/favicon.svg). */
function publicFiles(root: string): Set<string> {
  const dir = join(root, 'public');
  const found = new Set<string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.add(`/${relative(dir, path).split(sep).join('/')}`);
    }
  };
  if (existsSync(dir)) walk(dir);
  return found;
}

export function checkBodies(entries: readonly { collection: CollectionName; id: string; file: string; data: unknown }[], root = projectRoot): Problem[] {
  const files = entries.map((e) => ({ ...e, text: /\.mdx?$/.test(e.file) ? readFileSync(join(root, e.file), 'utf8') : undefined }));
  return checkBodyFiles(files, { publicFiles: publicFiles(root) });
}
