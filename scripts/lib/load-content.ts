/**
 * Reads content/ outside Astro exactly as Astro's glob loader does, with the
 * same schemas, so editors (and tests) get every problem at once, each naming
 * its file and field, and anything the checker passes also builds.
 *
 * Same parsing as the build (Astro 7.3, node_modules/astro/dist):
 *  - YAML data files: js-yaml 4 `load` with its default schema
 *    (astro/dist/core/config/settings.js), so an unquoted 2023-02-01 is a
 *    Date, as in the build, and gets a message asking for quotes;
 *  - Markdown and MDX frontmatter: `parseFrontmatter` from
 *    @astrojs/internal-helpers, the very function Astro and @astrojs/mdx call
 *    (pinned to the version astro depends on);
 *  - a UTF-8 byte-order mark is accepted (js-yaml strips it; the frontmatter
 *    pattern allows it), CRLF line endings work (both parsers accept them);
 *  - Astro decodes bytes that are not UTF-8 into U+FFFD without a word; the
 *    checker refuses such a file instead, naming it.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, extname, basename, sep } from 'node:path';
import yaml from 'js-yaml';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { collections } from '../../src/schemas/index.ts';
import { collectionNames, idPattern, type CollectionName } from '../../src/schemas/common.ts';
import type { Problem } from '../../src/lib/integrity.ts';
import { friendlyErrorMap, problemsFromIssues, salvage } from '../../src/lib/schema-errors.ts';
import type { RawSite } from '../../src/lib/model.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');

/** The extensions each collection's glob pattern reads (src/schemas/index.ts). */
export const extensions: Record<CollectionName, string[]> = Object.fromEntries(
  // "*.{yaml,yml}" → [.yaml, .yml]; "*.mdx" → [.mdx]
  collectionNames.map((c) => [c, collections[c].pattern.replace(/^\*\./, '').replace(/^\{(.*)\}$/, '$1').split(',').map((e) => `.${e}`)]),
) as Record<CollectionName, string[]>;

const isDataFile = (collection: CollectionName) => !extensions[collection].some((e) => e === '.md' || e === '.mdx');

export interface LoadedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  /** The parsed data; when `complete` is false, only the fields that passed their schema. */
  data: unknown;
  /** The Markdown/MDX body, with the frontmatter blanked out so line numbers match the file. */
  body: string;
  /** Whether the whole entry passed its schema (only complete entries reach the site model). */
  complete: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** The file's text as Node's readFile(…, 'utf-8') gives it to Astro, or a problem if the bytes are not UTF-8. */
export function decodeFile(file: string, bytes: Uint8Array): { text?: string; problem?: Problem } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const text = lenient.decode(bytes);
    const at = text.indexOf('\uFFFD');
    const line = text.slice(0, at).split('\n').length;
    return {
      problem: {
        file,
        field: '(file)',
        message: `is not saved as UTF-8 (line ${line} has a character that cannot be read, e.g. a dash or quote typed in another encoding); save the file as UTF-8 in your editor`,
      },
    };
  }
}

function yamlProblem(file: string, error: unknown, lineOffset: number): Problem {
  if (error instanceof yaml.YAMLException) {
    const line = error.mark ? ` at line ${error.mark.line + 1 + lineOffset}` : '';
    return { file, field: '(YAML)', message: `cannot be read${line}: ${error.reason} (check the indentation, the colon after each name, and that quotes are closed)` };
  }
  return { file, field: '(YAML)', message: `cannot be read: ${(error as Error).message}` };
}

/** Validate one file's text (or bytes) as an entry of a collection. */
export function parseEntry(collection: CollectionName, file: string, content: string | Uint8Array): { entry?: LoadedEntry; problems: Problem[] } {
  const id = basename(file, extname(file));
  const problems: Problem[] = [];
  // A file that cannot be read still holds its id: the files linking to it must not report it missing too.
  const unread = (problem: Problem) => ({ entry: { collection, id, file, data: {}, body: '', complete: false }, problems: [...problems, problem] });
  if (!idPattern.test(id)) {
    problems.push({ file, field: '(file name)', message: `"${id}" cannot be an id (use lower-case letters, digits and single hyphens, e.g. "cos-p${extname(file)}")` });
  }
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    const decoded = decodeFile(file, content);
    if (decoded.problem) return unread(decoded.problem);
    text = decoded.text!;
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return unread({ file, field: '(file)', message: 'is empty (expected the entry\'s fields; copy an existing file to start from)' });

  let raw: unknown;
  let body = '';
  if (isDataFile(collection)) {
    try {
      raw = yaml.load(text, { filename: file });
    } catch (error) {
      return unread(yamlProblem(file, error, 0));
    }
  } else {
    let parsed: ReturnType<typeof parseFrontmatter>;
    try {
      parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    } catch (error) {
      // The frontmatter starts on the line after the opening ---.
      const offset = text.slice(0, Math.max(0, text.search(/---|\+\+\+/))).split('\n').length - 1;
      return unread(yamlProblem(file, error, offset));
    }
    if (parsed.rawFrontmatter === '') {
      return unread({ file, field: '(frontmatter)', message: 'is missing (the file must start with a line of three dashes ---, then the fields, then another --- line)' });
    }
    raw = parsed.frontmatter;
    // parseFrontmatter turns a list or a lone value into {}: read it again only to say what it was.
    if (Object.keys(parsed.frontmatter).length === 0) raw = yaml.load(parsed.rawFrontmatter) ?? {};
    body = parsed.content;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return unread({ file, field: '(top level)', message: `must be a set of fields, one "name: value" per line (got ${Array.isArray(raw) ? 'a list' : 'a single value'})` });
  }
  const schema = collections[collection].schema;
  const result = schema.safeParse(raw, { error: friendlyErrorMap });
  if (!result.success) {
    // The same YAML without js-yaml's timestamps, only to quote unquoted dates as written.
    const written = yaml.load(isDataFile(collection) ? text : parseFrontmatter(text).rawFrontmatter, { schema: yaml.CORE_SCHEMA });
    problems.push(...problemsFromIssues(file, result.error.issues, written));
    return { entry: { collection, id, file, data: salvage(schema, raw) ?? {}, body, complete: false }, problems };
  }
  return { entry: { collection, id, file, data: result.data, body, complete: true }, problems };
}

/** Load and validate every entry under content/ (entries that failed their schema are kept, marked incomplete). */
export function loadContent(root = projectRoot): { entries: LoadedEntry[]; problems: Problem[] } {
  const entries: LoadedEntry[] = [];
  const problems: Problem[] = [];
  for (const collection of collectionNames) {
    const dir = join(root, 'content', collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const file = relative(root, path).split(sep).join('/');
      if (name.startsWith('.')) continue;
      if (statSync(path).isDirectory()) {
        problems.push({ file, field: '(file name)', message: `is a folder, and folders inside content/${collection}/ are not read (put the file directly in content/${collection}/)` });
        continue;
      }
      if (!extensions[collection].includes(extname(name))) {
        const twin = extensions[collection].map((ext) => `${basename(name, extname(name))}${ext}`).find((n) => existsSync(join(dir, n)));
        problems.push({
          file,
          field: '(file name)',
          message: `is not read (files in content/${collection}/ must end in ${extensions[collection].join(' or ')})${twin ? `; there is already a ${twin}: keep one of the two` : ''}`,
        });
        continue;
      }
      const result = parseEntry(collection, file, readFileSync(path));
      problems.push(...result.problems);
      if (result.entry) entries.push(result.entry);
    }
  }
  return { entries, problems };
}

/** The site model's input: complete entries only. */
export function toRawSite(entries: readonly LoadedEntry[]): RawSite {
  const site = Object.fromEntries(collectionNames.map((c) => [c, [] as unknown[]])) as unknown as Record<CollectionName, unknown[]>;
  for (const e of entries) if (e.complete) site[e.collection].push({ id: e.id, file: e.file, data: e.data });
  return site as unknown as RawSite;
}
