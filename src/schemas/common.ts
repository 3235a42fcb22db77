import { z } from 'astro/zod';

/** Names of the site's collections, as folders under content/. */
export const collectionNames = ['sources', 'interventions', 'reviews', 'outcomes', 'glossary', 'events'] as const;
export type CollectionName = (typeof collectionNames)[number];

/**
 * Whether a parsed value is a link to another entry: exactly a collection's name and an id, the
 * shape `ref()` below parses to. The integrity rules find links with it, and paper budgets skip them.
 */
export function isEntryLink(value: unknown): value is { collection: CollectionName; id: string } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  // The cheap tests first: this runs on every object of every entry.
  return typeof v.id === 'string' && (collectionNames as readonly unknown[]).includes(v.collection) && Object.keys(value).length === 2;
}

/** A permanent id: lower case words joined by hyphens. It becomes a URL on slides, so keep it short. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const id = z.string().regex(idPattern, 'must be lower-case letters, digits and single hyphens, e.g. "cos-p"');

/**
 * A typed link to another entry. Same shape as Astro's reference(): written as
 * an id, stored as { collection, id }. Existence is checked across the whole
 * site by src/lib/integrity.ts, which can name the file and field.
 */
export function ref<C extends CollectionName>(collection: C) {
  return id.transform((value) => ({ collection, id: value }));
}
export type Ref<C extends CollectionName> = { collection: C; id: string };

/** Plain text that must not be empty. */
export const text = z.string().trim().min(1, 'must not be empty');

/** A date as a source gives it: a year, a year and month, or a full date (ISO). */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a year (2023), a month (2023-02) or a date (2023-02-01)')
  .superRefine((value, ctx) => {
    const problem = calendarProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why "2023-02-30" or "2023-13" is not a real date, or undefined if it is one. */
export function calendarProblem(value: string): string | undefined {
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  if (month === undefined) return undefined;
  if (month < 1 || month > 12) return `"${value}" is not a real date (the month must be 01 to 12)`;
  if (day === undefined) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `"${value}" is not a real date (${monthNames[month - 1]} ${year} has ${days} days)`;
  return undefined;
}

/** Where in a source a quote is: page, slide, section or table. */
const locator = text.optional().describe('Where in the source, e.g. "Results", "slide 7", "abstract".');

/** A calendar date (YYYY-MM-DD), e.g. when a maintainer checked a quote. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written 2026-11-24');

/**
 * The evidence behind a claim, of one of three kinds, so no page can show our
 * words as an author's:
 *  - `quote`: the source's own words, checked verbatim against the source's
 *    text held for checking (its `fullText`);
 *  - `quote` with `signedOff`: the source's own words from a publication whose
 *    text we do not hold, checked against the publication by a maintainer other
 *    than the editor who added it;
 *  - `record`: our own condensed record of what the source reports (its
 *    `recordedIn` file), which pages show as ours, never as a quotation.
 */
export const evidenceKinds = ['quote', 'signed-off quote', 'record'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

export const signedOff = z
  .object({
    /** The maintainer who read the publication and found the quote in it (GitHub user name). */
    by: text,
    /** When they checked it. */
    date: isoDate,
  })
  .strict();

/** What every sourced claim carries: which source, its evidence (a quote or our record), and where. */
export const citation = {
  /** The source this comes from: an entry of the sources collection. */
  source: ref('sources'),
  /** A short verbatim quote from the source, in which the claim (and every number) appears. */
  quote: z.string().trim().min(3, 'must quote the source (at least a few words)').optional(),
  /** A maintainer's check of a quote against a publication whose text the project does not hold. */
  signedOff: signedOff.optional(),
  /** Our record of what the source reports (our words, not the authors'), verbatim from the source's recordedIn file. */
  record: z.string().trim().min(3, 'must give the record (at least a few words)').optional(),
  locator,
};

/** Exactly one kind of evidence per claim: a quote or our record, never both, never neither. */
export function evidenceRule(v: { quote?: string | undefined; record?: string | undefined; signedOff?: unknown }, ctx: z.RefinementCtx): void {
  if ((v.quote === undefined) === (v.record === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [v.quote === undefined ? 'quote' : 'record'],
      message: v.quote === undefined
        ? 'give the evidence: a quote (the source\'s own words) or a record (our record of what it reports)'
        : 'give a quote or a record, not both',
    });
  }
  if (v.signedOff !== undefined && v.quote === undefined) {
    ctx.addIssue({ code: 'custom', path: ['signedOff'], message: 'a sign-off checks a quote: it goes with quote, not with record' });
  }
}

/** Which kind of evidence a citation rests on. */
export function evidenceKind(c: Pick<Citation, 'quote' | 'record' | 'signedOff'>): EvidenceKind {
  if (c.record !== undefined) return 'record';
  return c.signedOff !== undefined ? 'signed-off quote' : 'quote';
}

/** The words shown as evidence: the quote or the record. */
export function evidenceText(c: Pick<Citation, 'quote' | 'record'>): string {
  return (c.quote ?? c.record)!;
}

/**
 * A basis for a direction or for which way a number is better: stated by the
 * source (a quote or our record of it, checked against the claim's own
 * source), or our reading, said as such on the page with the reason.
 */
export const basis = z
  .object({
    quote: z.string().trim().min(3).optional(),
    signedOff: signedOff.optional(),
    record: z.string().trim().min(3).optional(),
    /** "ours": the source does not say; the page labels it as our reading. */
    reading: z.literal('ours').optional(),
    /** Why we read it so (required with reading: ours), in plain words. */
    why: text.optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    const given = [b.quote, b.record, b.reading].filter((x) => x !== undefined).length;
    if (given !== 1) {
      ctx.addIssue({ code: 'custom', message: 'give exactly one of: quote (the source states it), record (our record of the source states it) or reading: ours (with why)' });
    }
    if (b.reading === 'ours' && b.why === undefined) ctx.addIssue({ code: 'custom', path: ['why'], message: 'say why we read it so' });
    if (b.why !== undefined && b.reading === undefined) ctx.addIssue({ code: 'custom', path: ['why'], message: 'why goes with reading: ours' });
    if (b.signedOff !== undefined && b.quote === undefined) ctx.addIssue({ code: 'custom', path: ['signedOff'], message: 'a sign-off goes with a quote' });
  });
export type Basis = z.infer<typeof basis>;

/**
 * A number as a source reports it: one value, or a range (low–high).
 * Only reported numbers are stored; anything derived is computed at build time.
 */
export const sourcedNumber = z
  .object({
    value: z.number().optional(),
    low: z.number().optional(),
    high: z.number().optional(),
    /** What is counted or measured, in the reader's words: "weeks", "sessions", "studies". */
    unit: text.optional(),
    /** A few words of context shown beside the number, e.g. "for two carers". */
    note: text.optional(),
    ...citation,
  })
  .strict()
  .superRefine(evidenceRule)
  .superRefine((v, ctx) => {
    const hasValue = v.value !== undefined;
    const hasRange = v.low !== undefined || v.high !== undefined;
    if (hasValue === hasRange) {
      ctx.addIssue({ code: 'custom', message: 'give either value, or low and high (a range), not both and not neither' });
    } else if (hasRange && (v.low === undefined || v.high === undefined)) {
      ctx.addIssue({ code: 'custom', path: [v.low === undefined ? 'low' : 'high'], message: 'a range needs both low and high' });
    } else if (hasRange && v.low! > v.high!) {
      ctx.addIssue({ code: 'custom', path: ['low'], message: `low (${v.low}) is above high (${v.high})` });
    }
  });

/** A statement as a source makes it, with the quote (or our record) that supports it. */
export const sourcedText = z
  .object({
    /** The claim in plain English (our words). */
    text,
    ...citation,
  })
  .strict()
  .superRefine(evidenceRule);

/**
 * A point in our words: either backed by a source (with its quote or record),
 * or marked `reading: ours` and shown as our reading. Nothing in between: a
 * direction, comparison, ranking or subgroup claim is sourced or labelled.
 */
export const point = z
  .object({
    text,
    source: citation.source.optional(),
    quote: citation.quote,
    signedOff: citation.signedOff,
    record: citation.record,
    locator,
    reading: z.literal('ours').optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.reading === 'ours') {
      for (const f of ['source', 'quote', 'record', 'signedOff'] as const) {
        if (p[f] !== undefined) ctx.addIssue({ code: 'custom', path: [f], message: 'a point marked reading: ours has no source; remove one or the other' });
      }
      return;
    }
    if (p.source === undefined) {
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'give the source (with its quote or record), or mark the point as our reading with reading: ours' });
      return;
    }
    evidenceRule(p, ctx);
  });
export type Point = z.infer<typeof point>;

/**
 * One or more sourced values for one field. Several when sources disagree:
 * pages show each with its source and never pick one silently.
 */
export const sourcedNumbers = z.array(sourcedNumber).min(1, 'list at least one sourced value, or leave the field out');
export const sourcedTexts = z.array(sourcedText).min(1, 'list at least one sourced statement, or leave the field out');

export type SourcedNumber = z.infer<typeof sourcedNumber>;
export type SourcedText = z.infer<typeof sourcedText>;
export type Citation = {
  source: Ref<'sources'>;
  quote?: string | undefined;
  record?: string | undefined;
  signedOff?: { by: string; date: string } | undefined;
  locator?: string | undefined;
};
