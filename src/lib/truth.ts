/**
 * Truth checks: every piece of evidence is what it says it is (a quote stands
 * verbatim in the source's own text; a record stands verbatim in our record of
 * the source), every stored number appears in its evidence, a direction or a
 * sign is "stated" only when its evidence states one, and our own prose neither
 * copies the sources at length nor makes claims stronger than its evidence.
 */
import type { EntryLike, Problem } from './integrity.ts';
import { fieldPath } from './integrity.ts';
import { normaliseWhitespace, numberAppearsIn } from './quotes.ts';

type Path = (string | number)[];

/** The texts evidence is checked against, for one source. */
export interface HeldText {
  /** The source's own words, when the source declares a full text and it can be read here. */
  fullText?: string | undefined;
  /** Our record of the source, when the source declares one and it can be read here. */
  record?: string | undefined;
  /** The source declares a full text (readable here or not: ../shared may be absent). */
  hasFullText: boolean;
  /** The source declares a record file. */
  hasRecord: boolean;
}

interface Cited {
  path: Path;
  value: Record<string, unknown>;
  sourceId: string;
}

const isSourceRef = (v: unknown): v is { collection: 'sources'; id: string } =>
  typeof v === 'object' && v !== null && (v as { collection?: unknown }).collection === 'sources' && typeof (v as { id?: unknown }).id === 'string';

/** Every object that cites a source (a quote or a record beside `source`), with where it stands. */
function* citedObjects(value: unknown, path: Path = []): Generator<Cited> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* citedObjects(item, [...path, i]);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const v = value as Record<string, unknown>;
  if (isSourceRef(v.source) && (typeof v.quote === 'string' || typeof v.record === 'string')) {
    yield { path, value: v, sourceId: v.source.id };
  }
  for (const [key, item] of Object.entries(v)) {
    // A basis (directionBasis, betterWhenBasis) rests on the source of the object that holds it.
    if (isSourceRef(v.source) && (key === 'directionBasis' || key === 'betterWhenBasis') && typeof item === 'object' && item !== null) {
      const b = item as Record<string, unknown>;
      if (typeof b.quote === 'string' || typeof b.record === 'string') yield { path: [...path, key], value: b, sourceId: v.source.id };
      continue;
    }
    yield* citedObjects(item, [...path, key]);
  }
}

/** Fields that hold a reported number, checked against the evidence beside them. */
const numericFields = ['value', 'low', 'high', 'estimate', 'ciLow', 'ciHigh', 'k', 'n', 'amount'] as const;

/**
 * Whether a quote stands in a text, with each text's white space normalised once per check
 * (not once per quote: at thousands of reviews citing the same sources, that was most of the
 * checker's time). Same answer as quoteAppearsIn.
 */
type AppearsIn = (quote: string, text: string) => boolean;
function appearsInCached(): AppearsIn {
  const normalised = new Map<string, string>();
  return (quote, text) => {
    let flat = normalised.get(text);
    if (flat === undefined) normalised.set(text, (flat = normaliseWhitespace(text)));
    return flat.includes(normaliseWhitespace(quote));
  };
}

/** Checks one piece of evidence against what is held for its source; undefined when it checks out or cannot be checked here. */
function evidenceProblem(v: Record<string, unknown>, sourceId: string, held: HeldText | undefined, quoteAppearsIn: AppearsIn): { field: string; message: string } | undefined {
  if (typeof v.record === 'string') {
    if (!held?.hasRecord) {
      return { field: 'record', message: `source "${sourceId}" has no record of ours (recordedIn): a record is our words about a source we keep notes on; cite the source's own words with quote instead` };
    }
    if (held.record !== undefined && !quoteAppearsIn(v.record, held.record)) {
      return { field: 'record', message: `does not appear verbatim in our record of "${sourceId}" (its recordedIn file): "${normaliseWhitespace(v.record)}"` };
    }
    return undefined;
  }
  const quote = v.quote as string;
  if (held?.hasFullText) {
    if (held.fullText !== undefined && !quoteAppearsIn(quote, held.fullText)) {
      return { field: 'quote', message: `does not appear verbatim in the text of source "${sourceId}": "${normaliseWhitespace(quote)}"` };
    }
    return undefined;
  }
  if (v.signedOff !== undefined) return undefined;
  if (held?.hasRecord && (held.record === undefined || quoteAppearsIn(quote, held.record))) {
    return { field: 'quote', message: `these are our record's words, not the authors': source "${sourceId}" is known to us only through our record, so write record: instead of quote:` };
  }
  return {
    field: 'quote',
    message: `the words of source "${sourceId}" are not held, so this quote cannot be checked: add the source's fullText (an openly licensed text in content/texts/, with its licence), or have a maintainer check the quote against the publication and add signedOff: { by, date }`,
  };
}

/**
 * @param held what is held for each source, by source id
 */
export function checkQuotes(entries: readonly EntryLike[], held: ReadonlyMap<string, HeldText>): Problem[] {
  const problems: Problem[] = [];
  const appearsIn = appearsInCached();
  for (const entry of entries) {
    for (const cited of citedObjects(entry.data)) {
      const at = (field: string) => fieldPath([...cited.path, field]);
      const wrong = evidenceProblem(cited.value, cited.sourceId, held.get(cited.sourceId), appearsIn);
      if (wrong) problems.push({ file: entry.file, field: at(wrong.field), message: wrong.message });
      const evidence = (cited.value.quote ?? cited.value.record) as string;
      const kind = typeof cited.value.record === 'string' ? 'record' : 'quote';
      for (const field of numericFields) {
        const n = cited.value[field];
        if (typeof n === 'number' && !numberAppearsIn(n, evidence)) {
          problems.push({ file: entry.file, field: at(field), message: `${n} does not appear in its ${kind} "${evidence}"` });
        }
      }
      const p = cited.value.p as { value?: number } | undefined;
      if (typeof p?.value === 'number' && !numberAppearsIn(p.value, evidence)) {
        problems.push({ file: entry.file, field: at('p'), message: `p ${p.value} does not appear in its ${kind} "${evidence}"` });
      }
    }
  }
  return problems;
}

/**
 * Words that state a direction (for `direction`) or say which way a scale
 * runs (for `betterWhen`). Evidence offered as "stated by the source" must
 * contain one: "effects on X" states neither.
 */
const directionWords: Record<string, RegExp> = {
  benefit: /\b(improv\w*|increas\w*|reduc\w*|decreas\w*|effective\w*|positive|benefi\w*|better|success\w*|promising|fewer|less|more likely|help\w*)\b/i,
  'no-difference': /\b(no|not|null|without|similar|comparable|did not|n\.?s\.?)\b/i,
  harm: /\b(harm\w*|worse\w*|negative|favoured treatment-as-usual|adverse)\b/i,
  mixed: /\b(mixed|but|though|however|whereas)\b/i,
};
const scaleWords = /\b(reduc\w*|increas\w*|decreas\w*|improv\w*|fewer|less|more|lower\w*|higher|rais\w*|decline\w*)\b/i;

/** A direction or sign "stated by the source" must come with evidence that states it. */
export function checkStatedBases(entries: readonly EntryLike[]): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: Path, file: string) => {
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, [...path, i], file));
    if (typeof value !== 'object' || value === null) return;
    const v = value as Record<string, unknown>;
    const check = (key: 'directionBasis' | 'betterWhenBasis', pattern: RegExp | undefined, what: string) => {
      const b = v[key] as { quote?: string; record?: string } | undefined;
      const words = b?.quote ?? b?.record;
      if (words === undefined || pattern === undefined || pattern.test(words)) return;
      problems.push({ file, field: fieldPath([...path, key]), message: `"${words}" does not state ${what}: quote words that do, or mark it reading: ours with why` });
    };
    if (typeof v.direction === 'string') check('directionBasis', directionWords[v.direction], `a direction (${v.direction})`);
    if (typeof v.betterWhen === 'string') check('betterWhenBasis', scaleWords, 'which way the number runs');
    for (const [key, item] of Object.entries(v)) walk(item, [...path, key], file);
  };
  for (const e of entries) walk(e.data, [], e.file);
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
const proseKeys = new Set(['summary', 'finding', 'text', 'definition', 'reason', 'covers', 'body', 'why', 'what']);

export function* ourProse(value: unknown, path: Path = []): Generator<{ path: Path; text: string }> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* ourProse(item, [...path, i]);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'questions') continue; // discussion questions are shown as quotations
    if (proseKeys.has(key) && typeof item === 'string') yield { path: [...path, key], text: item };
    else yield* ourProse(item, [...path, key]);
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

/**
 * Word families that make a direction, comparison, ranking or size claim, one
 * pattern per family (improve, improved, improvement...); a problem names the
 * word as the prose writes it. A backstop, not the rule: the rule is that
 * claims are sourced or marked ours.
 */
const claimFamilies: readonly RegExp[] = [
  /\bimprov\w*/i,
  /\bincreas\w*/i,
  /\breduc\w*/i,
  /\bdecreas\w*/i,
  /\bbetter\b/i,
  /\bbest\b/i,
  /\bwors[et]\b/i,
  /\bmost\b/i,
  /\bleast\b/i,
  /\bfewer\b/i,
  /\bstrong(er|est)\b/i,
  /\bweak(er|est)\b/i,
  /\b(larg(er|est)|bigg(er|est))\b/i,
  /\bsmall(er|est)\b/i,
  /\bgreat(er|est)\b/i,
  /\b(in)?effective(ness)?\b/i,
  /\bbenefi\w*/i,
  /\bharm\w*/i,
  /\bdisagree\w*/i,
  /\b(outperform\w*|superior|inferior)\b/i,
  /\bworks? (best|better|well)\b/i,
];

/** Stands for "covered": the family's word appears in the evidence. */
function uncoveredClaims(prose: string, evidence: string): string[] {
  return claimFamilies.filter((re) => re.test(prose) && !re.test(evidence)).map((re) => prose.match(re)![0]);
}

function evidenceIn(value: unknown): string[] {
  const found: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v !== 'object' || v === null) return;
    for (const [key, item] of Object.entries(v)) {
      if ((key === 'quote' || key === 'record') && typeof item === 'string') found.push(item);
      else walk(item);
    }
  };
  walk(value);
  return found;
}

/** The body with the passages marked <OurReading> taken out: those are labelled as ours on the page. */
export function bodyOutsideOurReading(body: string): string {
  return body.replace(/<OurReading>[\s\S]*?<\/OurReading>/g, ' ');
}

/**
 * A claim is never stronger than its source: a word of direction, comparison,
 * ranking or size in our prose must stand in the evidence it rests on (the
 * item's own quote or record where it has one, else the entry's), unless the
 * item is marked `reading: ours` or the passage is wrapped in <OurReading>.
 */
export function checkClaimStrength(entries: readonly (EntryLike & { body?: string })[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.collection === 'glossary' || entry.collection === 'sources') continue; // definitions and bibliographic notes make no claims about interventions
    const entryEvidence = evidenceIn(entry.data).join(' \n ');
    const report = (path: Path, prose: string, evidence: string, scope: string) => {
      const words = uncoveredClaims(prose, evidence);
      if (words.length > 0) {
        problems.push({
          file: entry.file,
          field: fieldPath(path),
          message: `says ${words.map((w) => `"${w}"`).join(', ')}, which ${scope} does not say: quote the source that does, or mark it as our reading (reading: ours, or <OurReading> in the body)`,
        });
      }
    };
    const walk = (value: unknown, path: Path) => {
      if (Array.isArray(value)) return value.forEach((item, i) => walk(item, [...path, i]));
      if (typeof value !== 'object' || value === null) return;
      const v = value as Record<string, unknown>;
      if (v.reading === 'ours') return;
      const own = evidenceIn(Object.fromEntries(Object.entries(v).filter(([k]) => k === 'quote' || k === 'record' || k === 'directionBasis' || k === 'betterWhenBasis')));
      for (const [key, item] of Object.entries(v)) {
        // An outcome's summary defines the measure ("less distress is better"); it makes no claim about an intervention.
        const definition = entry.collection === 'outcomes' && path.length === 0 && key === 'summary';
        if ((key === 'summary' || key === 'finding' || key === 'text') && typeof item === 'string' && !definition) {
          if (own.length > 0) report([...path, key], item, own.join(' \n '), 'its quote or record');
          else report([...path, key], item, entryEvidence, "this entry's evidence");
        } else if (key !== 'questions' && key !== 'directionBasis' && key !== 'betterWhenBasis') walk(item, [...path, key]);
      }
    };
    walk(entry.data, []);
    if (entry.body) report(['(body)'], bodyOutsideOurReading(entry.body), entryEvidence, "this entry's evidence");
  }
  return problems;
}
