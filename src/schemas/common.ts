import { z } from 'astro/zod';

/** Names of the site's collections, as folders under content/. */
export const collectionNames = ['sources', 'interventions', 'reviews', 'outcomes', 'glossary', 'events'] as const;
export type CollectionName = (typeof collectionNames)[number];

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

/** What every sourced claim carries: which source, a verbatim quote, and where. */
export const citation = {
  /** The source this comes from: an entry of the sources collection. */
  source: ref('sources'),
  /** A short verbatim quote from the source, in which the claim (and every number) appears. */
  quote: z.string().trim().min(3, 'must quote the source (at least a few words)'),
  locator,
};

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

/** A statement as a source makes it, with the quote that supports it. */
export const sourcedText = z
  .object({
    /** The claim in plain English (our words). */
    text,
    ...citation,
  })
  .strict();

/**
 * One or more sourced values for one field. Several when sources disagree:
 * pages show each with its source and never pick one silently.
 */
export const sourcedNumbers = z.array(sourcedNumber).min(1, 'list at least one sourced value, or leave the field out');
export const sourcedTexts = z.array(sourcedText).min(1, 'list at least one sourced statement, or leave the field out');

export type SourcedNumber = z.infer<typeof sourcedNumber>;
export type SourcedText = z.infer<typeof sourcedText>;
export type Citation = { source: Ref<'sources'>; quote: string; locator?: string | undefined };
