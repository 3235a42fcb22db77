/**
 * The editors' checker as a function: reads content/ under `root` as the build
 * does, and returns every problem (file, field, what is wrong) and a one-line
 * summary. No printing, no exit: scripts/check-content.ts is the command, and
 * tests call this in-process on a copy of the content.
 */
import { join } from 'node:path';
import { fieldPath, refsIn, type Problem } from '../../src/lib/integrity.ts';
import { validate } from '../../src/lib/validate.ts';
import { checkClaimStrength, checkOwnWords, checkQuotes, checkStatedBases } from '../../src/lib/truth.ts';
import type { Source } from '../../src/schemas/source.ts';
import { readHeldTexts, readSeeds } from './source-texts.ts';
import { checkBodies } from './check-bodies.ts';
import { collectionNames } from '../../src/schemas/common.ts';
import { loadContent, projectRoot, type LoadedEntry } from './load-content.ts';

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

/**
 * Evidence against the texts held for it (seeds and records in ../shared, and
 * openly licensed texts in content/texts/), directions and signs said to be
 * stated, claims no stronger than their evidence, and our own words.
 */
function truthProblems(root: string, sharedDir: string | null, entries: readonly LoadedEntry[]): { problems: Problem[]; sharedPresent: boolean } {
  // A citation of a source that does not exist, or failed its own schema, is reported once,
  // by the reference check or at the source's own field, not again at every quote citing it.
  const complete = entries.filter((e) => e.complete);
  const sources = complete.filter((e) => e.collection === 'sources').map((e) => ({ id: e.id, file: e.file, data: e.data as Source }));
  const completeSources = new Set(sources.map((s) => s.id));
  // Objects (by file and field path) whose source is missing or broken: their evidence is not judged.
  const broken = new Set<string>();
  for (const e of entries) {
    for (const { path, ref } of refsIn(e.data)) {
      if (ref.collection === 'sources' && !completeSources.has(ref.id)) broken.add(`${e.file}\n${fieldPath(path.slice(0, -1))}`);
    }
  }
  const judged = (p: Problem) => ![...broken].some((b) => {
    const [file, object] = b.split('\n');
    return p.file === file && (object === '(top level)' || p.field.startsWith(`${object}.`));
  });
  const { held, sharedPresent, problems } = readHeldTexts(root, sharedDir, sources);
  const quotes = checkQuotes(entries, held).filter(judged);
  problems.push(...quotes, ...checkStatedBases(entries), ...checkClaimStrength(entries));
  const seeds = sharedPresent && sharedDir ? readSeeds(sharedDir) : undefined;
  if (seeds) problems.push(...checkOwnWords(entries, seeds));
  return { problems, sharedPresent };
}

export function checkContent(options: CheckOptions = {}): CheckResult {
  const root = options.root ?? projectRoot;
  const sharedDir = options.sharedDir === undefined ? join(root, '..', 'shared') : options.sharedDir;
  const { entries, problems } = loadContent(root);
  problems.push(...validate(entries, options.today ? { today: options.today } : {}));
  problems.push(...checkBodies(entries.filter((e) => e.complete), root)); // content rules for MDX bodies, and links between pages

  const truth = truthProblems(root, sharedDir, entries);
  problems.push(...truth.problems);

  if (problems.length > 0) {
    return { problems, summary: `${problems.length} problem${problems.length === 1 ? '' : 's'} in content/ (nothing was published)` };
  }
  const counts = collectionNames.map((c) => `${entries.filter((e) => e.collection === c).length} ${c}`).join(', ');
  return { problems, summary: `content ok: ${counts}${truth.sharedPresent ? '; quotes and records checked against ../shared' : '; quotes and records from ../shared NOT checked: ../shared is absent'}` };
}
