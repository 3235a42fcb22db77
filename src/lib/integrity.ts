/**
 * Checks that one field's schema cannot make: every link to another entry must
 * resolve, ids are unique, dates run forwards and are not in the future,
 * registry numbers are well-formed, participant flow only shrinks. Problems
 * name the file and the field so an editor can fix them without reading code.
 *
 * Every rule reads its data defensively: the checker also runs them on the
 * part of a file that passed its schema when another part did not.
 */
import { collectionNames, isEntryLink, type CollectionName } from '../schemas/common.ts';

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

/** One line per problem, `file: field: what is wrong (what was expected)`, grouped by file. */
export function formatProblems(problems: readonly Problem[]): string {
  const sorted = [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const lines = sorted.map((p) => `${p.file}: ${p.field}: ${p.message}`);
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} in content/ (nothing was published):\n${lines.join('\n')}`;
}

/** Every link to another entry inside `value`, with where it stands, in document order. */
export function refsIn(value: unknown): { readonly path: Path; ref: { collection: CollectionName; id: string } }[] {
  // A link's own fields are strings, so no link stands inside another: the walk's links are all of them.
  const links: { readonly path: Path; ref: { collection: CollectionName; id: string } }[] = [];
  for (const node of walk(value)) {
    if (isEntryLink(node.value)) links.push({ ref: node.value, get path() { return node.path; } });
  }
  return links;
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
    for (const link of refsIn(entry.data)) {
      const { ref } = link;
      if (!ids.get(ref.collection)!.has(ref.id)) missing(entry.file, fieldPath(link.path), ref.collection, ref.id);
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

type Path = (string | number)[];

/** One value met on the walk: where it stands is worked out only when a rule asks (nearly always to name a problem). */
class Walked {
  readonly value: unknown;
  /** Whether it is the entry's data itself, not a value inside it. */
  readonly isTop: boolean;
  readonly #parent: Walked | undefined;
  readonly #key: string | number | undefined;
  #path: Path | undefined;
  constructor(value: unknown, parent: Walked | undefined, key: string | number | undefined) {
    this.value = value;
    this.#parent = parent;
    this.#key = key;
    this.isTop = parent === undefined;
  }
  get path(): Path {
    return (this.#path ??= this.#parent === undefined ? [] : [...this.#parent.path, this.#key!]);
  }
}

/**
 * Every value inside `value` with where it stands, in document order (the value itself first). Made once per
 * entry's data and shared by the rules: each rule walking it on its own cost 0.3–0.8 s at 5,000 reviews, on every
 * build and on the dev server's first page. Entry data is never changed once read, so the list stays true.
 * A path is made only when asked for: making one for each of the millions of values was most of the walk's cost.
 */
const walked = new WeakMap<object, readonly Walked[]>();
function walk(value: unknown): readonly Walked[] {
  if (typeof value !== 'object' || value === null) return [new Walked(value, undefined, undefined)];
  let nodes = walked.get(value);
  if (nodes === undefined) {
    const list: Walked[] = [];
    const visit = (v: unknown, parent: Walked | undefined, key: string | number | undefined): void => {
      const node = new Walked(v, parent, key);
      list.push(node);
      if (Array.isArray(v)) for (let i = 0; i < v.length; i++) visit(v[i], node, i);
      else if (typeof v === 'object' && v !== null && !(v instanceof Date)) for (const k of Object.keys(v)) visit((v as Record<string, unknown>)[k], node, k);
    };
    visit(value, undefined, undefined);
    walked.set(value, (nodes = list));
  }
  return nodes;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Two files that give one collection the same id (a .md beside an .mdx, a .yml beside a .yaml): the build keeps only one. */
export function checkDuplicateIds(entries: readonly EntryLike[]): Problem[] {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const e of entries) {
    const key = `${e.collection}/${e.id}`;
    const before = first.get(key);
    if (before === undefined) first.set(key, e.file);
    else problems.push({ file: e.file, field: '(file name)', message: `gives the id "${e.id}", which ${before} already has (the site would publish only one of them; rename or remove one)` });
  }
  return problems;
}

/** U+FFFD is what bytes that are not UTF-8 become when read as UTF-8: the build reads such files without a word. */
export function checkUnreadableCharacters(entries: readonly (EntryLike & { body?: string })[]): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    for (const node of walk(e.data)) {
      const { value } = node;
      if (typeof value === 'string' && value.includes('\uFFFD')) {
        problems.push({ file: e.file, field: fieldPath(node.path), message: 'contains the character �, which means the file was not saved as UTF-8 (save it as UTF-8 and retype the accented letters, dashes and quotes)' });
      }
    }
    if (e.body?.includes('\uFFFD')) problems.push({ file: e.file, field: '(body)', message: 'contains the character �, which means the file was not saved as UTF-8 (save it as UTF-8)' });
  }
  return problems;
}

/** What each registry's numbers look like. */
export const registryFormats: Record<string, { pattern: RegExp; expected: string }> = {
  ISRCTN: { pattern: /^ISRCTN\d{8}$/, expected: 'ISRCTN followed by 8 digits, e.g. ISRCTN18308962' },
  'ClinicalTrials.gov': { pattern: /^NCT\d{8}$/, expected: 'NCT followed by 8 digits, e.g. NCT01234567' },
  CPMS: { pattern: /^\d+$/, expected: 'digits only, e.g. 50730' },
};

export function checkRegistrations(entries: readonly EntryLike[]): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    for (const node of walk(e.data)) {
      const { value } = node;
      if (!isObject(value) || typeof value.registry !== 'string' || typeof value.id !== 'string') continue;
      const format = registryFormats[value.registry];
      if (format && !format.pattern.test(value.id)) {
        problems.push({ file: e.file, field: fieldPath([...node.path, 'id']), message: `"${value.id}" is not a well-formed ${value.registry} number (expected ${format.expected})` });
      }
    }
  }
  return problems;
}

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first and the last day a partial date ("2023", "2023-02", "2023-02-01") can mean, as yyyy-mm-dd. */
export function dateSpan(date: string): { first: string; last: string } | undefined {
  const m = date.match(partialDatePattern);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (d) return { first: date, last: date };
  if (mo) {
    const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return { first: `${y}-${mo}-01`, last: `${y}-${mo}-${String(days).padStart(2, '0')}` };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/**
 * Dates of things that have happened (publication, rating, price, commentary,
 * start of recruitment) must not be after today. Exempt: an event's own date
 * (a talk can be announced) and `end` (a trial's planned end of recruitment).
 */
export function checkDates(entries: readonly EntryLike[], today: Date): Problem[] {
  const todayIso = today.toISOString().slice(0, 10);
  const problems: Problem[] = [];
  for (const e of entries) {
    for (const node of walk(e.data)) {
      const { value } = node;
      if (!isObject(value)) continue;
      for (const key of ['date', 'start'] as const) {
        const v = value[key];
        if (typeof v !== 'string') continue;
        if (e.collection === 'events' && node.isTop && key === 'date') continue;
        const span = dateSpan(v);
        if (span && span.first > todayIso) {
          problems.push({ file: e.file, field: fieldPath([...node.path, key]), message: `"${v}" is in the future (today is ${todayIso}; a date of something that has happened cannot be later)` });
        }
      }
      if (typeof value.start === 'string' && typeof value.end === 'string') {
        const start = dateSpan(value.start);
        const end = dateSpan(value.end);
        if (start && end && start.first > end.last) {
          problems.push({ file: e.file, field: fieldPath([...node.path, 'end']), message: `"${value.end}" is before the start, "${value.start}" (the end must not come before the start)` });
        }
      }
    }
  }
  return problems;
}

interface Bounds {
  lower: number;
  upper: number;
  source?: string | undefined;
  index: number;
}

/** A sourced-number list as bounds: a value is its own lower and upper; a range gives low and high. */
function bounds(list: unknown): Bounds[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index): Bounds[] => {
    if (!isObject(item)) return [];
    const lower = typeof item.value === 'number' ? item.value : item.low;
    const upper = typeof item.value === 'number' ? item.value : item.high;
    if (typeof lower !== 'number' || typeof upper !== 'number') return [];
    const source = isObject(item.source) && typeof item.source.id === 'string' ? item.source.id : undefined;
    return [{ lower, upper, source, index }];
  });
}

/** Participant flow only shrinks: screened ≥ randomised ≥ analysed, wherever these stand together (a trial, an arm). */
const flow = [
  ['screened', 'randomised'],
  ['randomised', 'analysed'],
  ['screened', 'analysed'],
] as const;

export function checkFlow(entries: readonly EntryLike[]): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    for (const node of walk(e.data)) {
      const { value } = node;
      // Nearly every object has no flow figures: skip it before working out any bounds.
      if (!isObject(value) || (value.screened === undefined && value.randomised === undefined)) continue;
      for (const [larger, smaller] of flow) {
        const big = bounds(value[larger]);
        const small = bounds(value[smaller]);
        if (big.length === 0 || small.length === 0) continue;
        if (larger === 'screened' && smaller === 'analysed' && value.randomised !== undefined) continue; // checked through randomised
        // Sources may disagree: compare figures from one source; across sources only when no source gives both.
        const shared = small.some((s) => big.some((b) => b.source === s.source));
        for (const s of small) {
          const clash = big.find((b) => (!shared || b.source === s.source) && s.lower > b.upper);
          if (clash) {
            problems.push({
              file: e.file,
              field: fieldPath([...node.path, smaller, s.index]),
              message: `${s.lower} ${smaller} is more than the ${clash.upper} ${larger} (${fieldPath([...node.path, larger, clash.index])}); no more people can be ${smaller} than were ${larger}, so check both figures`,
            });
          }
        }
      }
    }
  }
  return problems;
}
