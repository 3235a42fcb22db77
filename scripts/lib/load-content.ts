/**
 * Reads content/ outside Astro with the same schemas Astro uses, so editors
 * (and tests) get every problem at once, each naming its file and field.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, extname, basename } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { collections } from '../../src/schemas/index.ts';
import { collectionNames, idPattern, type CollectionName } from '../../src/schemas/common.ts';
import type { Problem } from '../../src/lib/integrity.ts';
import { problemsFromIssues } from '../../src/lib/schema-errors.ts';
import type { RawSite } from '../../src/lib/model.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');

const extensions: Record<CollectionName, string[]> = {
  sources: ['.yaml', '.yml'],
  glossary: ['.yaml', '.yml'],
  interventions: ['.md', '.mdx'],
  reviews: ['.md', '.mdx'],
  outcomes: ['.md', '.mdx'],
  events: ['.md', '.mdx'],
};

/** Split an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { yaml: string; body: string } | undefined {
  const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
  return m ? { yaml: m[1]!, body: m[2]! } : undefined;
}

export interface LoadedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: unknown;
  body: string;
}

/** Validate one file's text as an entry of a collection. */
export function parseEntry(collection: CollectionName, file: string, text: string): { entry?: LoadedEntry; problems: Problem[] } {
  const id = basename(file, extname(file));
  const problems: Problem[] = [];
  if (!idPattern.test(id)) {
    problems.push({ file, field: '(file name)', message: `"${id}" cannot be an id: use lower-case letters, digits and single hyphens, e.g. "cos-p.mdx"` });
  }
  let yaml = text;
  let body = '';
  if (extensions[collection][0] === '.md') {
    const split = splitFrontmatter(text);
    if (!split) return { problems: [...problems, { file, field: '(frontmatter)', message: 'the file must start with a --- line, the YAML fields, and a closing --- line' }] };
    ({ yaml, body } = split);
  }
  let raw: unknown;
  try {
    raw = parseYaml(yaml);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line + (extensions[collection][0] === '.md' ? 1 : 0)})` : '';
    return { problems: [...problems, { file, field: '(YAML)', message: `cannot be read as YAML${where}: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const result = collections[collection].schema.safeParse(raw ?? {});
  if (!result.success) return { problems: [...problems, ...problemsFromIssues(file, result.error.issues)] };
  return { entry: { collection, id, file, data: result.data, body }, problems };
}

/** Load and validate every entry under content/. */
export function loadContent(root = projectRoot): { entries: LoadedEntry[]; problems: Problem[] } {
  const entries: LoadedEntry[] = [];
  const problems: Problem[] = [];
  for (const collection of collectionNames) {
    const dir = join(root, 'content', collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const file = relative(root, path);
      if (name.startsWith('.')) continue;
      if (!extensions[collection].includes(extname(name))) {
        problems.push({ file, field: '(file name)', message: `is not read: files in content/${collection}/ must end in ${extensions[collection].join(' or ')}` });
        continue;
      }
      const result = parseEntry(collection, file, readFileSync(path, 'utf8'));
      problems.push(...result.problems);
      if (result.entry) entries.push(result.entry);
    }
  }
  return { entries, problems };
}

export function toRawSite(entries: readonly LoadedEntry[]): RawSite {
  const site = Object.fromEntries(collectionNames.map((c) => [c, [] as unknown[]])) as unknown as Record<CollectionName, unknown[]>;
  for (const e of entries) site[e.collection].push({ id: e.id, file: e.file, data: e.data });
  return site as unknown as RawSite;
}
