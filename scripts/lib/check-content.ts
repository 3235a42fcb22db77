/**
 * The editors' checker as a function: reads content/ under `root` as the build
 * does, and returns every problem (file, field, what is wrong) and a one-line
 * summary. No printing, no exit: scripts/check-content.ts is the command, and
 * tests call this in-process on a copy of the content.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fieldPath, refsIn, type Problem } from '../../src/lib/integrity.ts';
import { validate } from '../../src/lib/validate.ts';
import { checkOwnWords, checkQuotes } from '../../src/lib/truth.ts';
import { collectionNames } from '../../src/schemas/common.ts';
import { loadContent, projectRoot, readSourceTexts, type LoadedEntry } from './load-content.ts';

export interface CheckOptions {
  /** The project folder holding content/ (default: this project). */
  root?: string;
  /** ../shared (seed texts for the quote checks); null or a missing folder skips those checks, saying so. */
  sharedDir?: string | null;
  /** The day "not in the future" is judged against (default: today). */
  today?: Date;
}

export interface CheckResult {
  problems: Problem[];
  /** One line: what was checked, or how many problems were found. */
  summary: string;
}

/** Quotes against the texts in ../shared, and our own words against the seeds. */
function truthProblems(entries: readonly LoadedEntry[], texts: Map<string, string>): Problem[] {
  const bySource = new Map<string, string>();
  for (const e of entries) {
    const path = (e.data as { text?: unknown }).text;
    const text = typeof path === 'string' ? texts.get(path) : undefined;
    if (e.collection === 'sources' && text !== undefined) bySource.set(e.id, text);
  }
  // A citation of a source that does not exist, or failed its own schema, is reported once,
  // by the reference check or at the source's own field, not again at every quote citing it.
  const completeSources = new Set(entries.filter((e) => e.collection === 'sources' && e.complete).map((e) => e.id));
  const elsewhere = new Set<string>();
  for (const e of entries) {
    for (const { path, ref } of refsIn(e.data)) {
      if (ref.collection === 'sources' && !completeSources.has(ref.id)) elsewhere.add(`${e.file}\n${fieldPath(path)}`);
    }
  }
  const quotes = checkQuotes(entries, bySource).filter((p) => !elsewhere.has(`${p.file}\n${p.field}`));
  const seeds = [...texts].filter(([path]) => path.startsWith('seeds/')).map(([, text]) => text);
  return [...quotes, ...checkOwnWords(entries, seeds)];
}

export function checkContent(options: CheckOptions = {}): CheckResult {
  const root = options.root ?? projectRoot;
  const sharedDir = options.sharedDir === undefined ? join(root, '..', 'shared') : options.sharedDir;
  const { entries, problems } = loadContent(root);
  problems.push(...validate(entries, options.today ? { today: options.today } : {}));

  const texts = sharedDir && existsSync(sharedDir) ? readSourceTexts(sharedDir) : undefined;
  if (texts) problems.push(...truthProblems(entries, texts));

  if (problems.length > 0) {
    return { problems, summary: `${problems.length} problem${problems.length === 1 ? '' : 's'} in content/ (nothing was published)` };
  }
  const counts = collectionNames.map((c) => `${entries.filter((e) => e.collection === c).length} ${c}`).join(', ');
  return { problems, summary: `content ok: ${counts}${texts ? '; quotes checked against ../shared' : '; quotes NOT checked: ../shared is absent'}` };
}
