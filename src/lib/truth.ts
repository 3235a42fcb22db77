/**
 * Truth checks: every quote stands verbatim in its source, every stored number
 * appears in its quote, and our own prose does not copy the sources at length.
 */
import type { EntryLike, Problem } from './integrity.ts';
import { fieldPath } from './integrity.ts';
import { normaliseWhitespace, numberAppearsIn, quoteAppearsIn } from './quotes.ts';

type Path = (string | number)[];

interface Cited {
  path: Path;
  value: Record<string, unknown>;
  sourceId: string;
  quote: string;
}

function* citedObjects(value: unknown, path: Path = []): Generator<Cited> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* citedObjects(item, [...path, i]);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const v = value as Record<string, unknown>;
  const source = v.source as { collection?: string; id?: string } | undefined;
  if (typeof v.quote === 'string' && source?.collection === 'sources' && typeof source.id === 'string') {
    yield { path, value: v, sourceId: source.id, quote: v.quote };
  }
  for (const [key, item] of Object.entries(v)) yield* citedObjects(item, [...path, key]);
}

/** Fields that hold a reported number, checked against the quote beside them. */
const numericFields = ['value', 'low', 'high', 'estimate', 'ciLow', 'ciHigh', 'k', 'n', 'amount'] as const;

/**
 * @param sourceTexts the text each source's quotes are checked against, by source id
 */
export function checkQuotes(entries: readonly EntryLike[], sourceTexts: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const cited of citedObjects(entry.data)) {
      const text = sourceTexts.get(cited.sourceId);
      const at = (field: string) => fieldPath([...cited.path, field]);
      if (text === undefined) {
        problems.push({ file: entry.file, field: at('source'), message: `no text is known for source "${cited.sourceId}"` });
        continue;
      }
      if (!quoteAppearsIn(cited.quote, text)) {
        problems.push({ file: entry.file, field: at('quote'), message: `does not appear verbatim in source "${cited.sourceId}": "${normaliseWhitespace(cited.quote)}"` });
      }
      for (const field of numericFields) {
        const n = cited.value[field];
        if (typeof n === 'number' && !numberAppearsIn(n, cited.quote)) {
          problems.push({ file: entry.file, field: at(field), message: `${n} does not appear in its quote "${cited.quote}"` });
        }
      }
      const p = cited.value.p as { value?: number } | undefined;
      if (typeof p?.value === 'number' && !numberAppearsIn(p.value, cited.quote)) {
        problems.push({ file: entry.file, field: at('p'), message: `p ${p.value} does not appear in its quote "${cited.quote}"` });
      }
    }
  }
  return problems;
}

/** Words as compared for copying: lower case, letters and digits only. */
function words(text: string): string[] {
  return text.toLowerCase().replace(/[’']/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every run of `n` consecutive words in the sources, built once and reused for every field. */
export function wordRunIndex(sources: readonly string[], n = 10): { n: number; runs: Set<string> } {
  const runs = new Set<string>();
  for (const s of sources) {
    const w = words(s);
    for (let i = 0; i + n <= w.length; i++) runs.add(w.slice(i, i + n).join(' '));
  }
  return { n, runs };
}

/**
 * Every run of `n` consecutive words in `ours` that also stands in one of the
 * sources. Summaries must be in our own words.
 */
export function copiedRuns(ours: string, index: { n: number; runs: Set<string> }): string[] {
  const ourWords = words(ours);
  const found: string[] = [];
  for (let i = 0; i + index.n <= ourWords.length; i++) {
    const run = ourWords.slice(i, i + index.n).join(' ');
    if (index.runs.has(run)) found.push(run);
  }
  return found;
}

/** Prose fields written in our words (quotes, verbatim questions and names lists are exempt). */
const proseKeys = new Set(['summary', 'finding', 'text', 'keyFindings', 'definition', 'reason', 'covers', 'body']);

export function* ourProse(value: unknown, path: Path = []): Generator<{ path: Path; text: string }> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* ourProse(item, [...path, i]);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'questions') continue; // discussion questions are shown as quotations
    if (proseKeys.has(key) && typeof item === 'string') yield { path: [...path, key], text: item };
    else if (key === 'keyFindings' && Array.isArray(item)) {
      for (const [i, s] of item.entries()) if (typeof s === 'string') yield { path: [...path, key, i], text: s };
    } else yield* ourProse(item, [...path, key]);
  }
}

export function checkOwnWords(entries: readonly (EntryLike & { body?: string })[], seeds: readonly string[], n = 10): Problem[] {
  const index = wordRunIndex(seeds, n);
  const problems: Problem[] = [];
  for (const entry of entries) {
    const prose = [...ourProse(entry.data)];
    if (entry.body) prose.push({ path: ['(body)'], text: entry.body });
    for (const { path, text } of prose) {
      const runs = copiedRuns(text, index);
      if (runs.length > 0) {
        problems.push({ file: entry.file, field: fieldPath(path), message: `copies ${n}+ words from a source; put it in our own words (e.g. "${runs[0]}")` });
      }
    }
  }
  return problems;
}
