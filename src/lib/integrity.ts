/**
 * Whole-site checks that one file's schema cannot make: every link to another
 * entry must resolve. Problems name the file and the field so an editor can
 * fix them without reading code.
 */
import { collectionNames, type CollectionName } from '../schemas/common.ts';

export interface EntryLike {
  collection: CollectionName;
  id: string;
  /** Path from the project root, e.g. content/reviews/cosi-trial.mdx. */
  file: string;
  data: unknown;
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** "effects[0].outcome" from ['effects', 0, 'outcome']. */
export function fieldPath(path: readonly (string | number | symbol)[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('') || '(top level)';
}

export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  ${p.file}\n    ${p.field}: ${p.message}`);
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} in content/ (nothing was published):\n${lines.join('\n')}`;
}

function isRef(value: unknown): value is { collection: CollectionName; id: string } {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  const v = value as Record<string, unknown>;
  return keys.length === 2 && typeof v.id === 'string' && (collectionNames as readonly unknown[]).includes(v.collection);
}

/** Every link to another entry inside `value`, with where it stands, in document order. */
export function* refsIn(value: unknown, path: (string | number)[] = []): Generator<{ path: (string | number)[]; ref: { collection: CollectionName; id: string } }> {
  if (isRef(value)) {
    yield { path, ref: value };
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* refsIn(item, [...path, i]);
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* refsIn(item, [...path, key]);
  }
}

/** Edit distance, to suggest the id an editor probably meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const temp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = temp;
    }
  }
  return row[b.length]!;
}

export function closest(target: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = distance(target, c);
    if (d < bestScore) [best, bestScore] = [c, d];
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(target.length / 3)) ? best : undefined;
}

export function checkReferences(entries: readonly EntryLike[]): Problem[] {
  const ids = new Map<CollectionName, Set<string>>(collectionNames.map((c) => [c, new Set<string>()]));
  for (const e of entries) ids.get(e.collection)!.add(e.id);
  const problems: Problem[] = [];
  const missing = (file: string, field: string, collection: CollectionName, id: string) => {
    const guess = closest(id, ids.get(collection)!);
    problems.push({
      file,
      field,
      message: `there is no ${collection} entry "${id}" (expected a file content/${collection}/${id}.*)${guess ? `; did you mean "${guess}"?` : ''}`,
    });
  };
  for (const entry of entries) {
    for (const { path, ref } of refsIn(entry.data)) {
      if (!ids.get(ref.collection)!.has(ref.id)) missing(entry.file, fieldPath(path), ref.collection, ref.id);
    }
    // Glossary cross-links are plain ids within the glossary.
    if (entry.collection === 'glossary') {
      const seeAlso = (entry.data as { seeAlso?: string[] }).seeAlso ?? [];
      seeAlso.forEach((id, i) => {
        if (!ids.get('glossary')!.has(id)) missing(entry.file, `seeAlso[${i}]`, 'glossary', id);
      });
    }
  }
  return problems;
}
