import { z } from 'astro/zod';
import { partialDate, text } from './common.ts';

/** A DOI stored bare, as 10.1037/fam0000605: the site adds https://doi.org/ itself. */
export const doi = z
  .string()
  .regex(/^10\.\d{4,9}\/\S+$/, 'must be a bare DOI such as 10.1037/fam0000605 (no https://doi.org/ prefix)');

/**
 * Files that hold a source's words for checking quotes: a seed document beside
 * the project (../shared/seeds/, absent on a public CI, where those checks are
 * skipped), or a text the repository holds under content/texts/ (only where
 * the licence allows it: see `licence`).
 */
export const fullText = z.union([
  z.enum([
    '../shared/seeds/000_c2e0182abe9ab74d.txt',
    '../shared/seeds/001_81d3f735d5186229.txt',
    '../shared/seeds/002_4d52367c7d8c64ed.txt',
    '../shared/seeds/003_ab4f02315e1608f2.txt',
    '../shared/seeds/004_19ec40b2c3a404f6.txt',
  ]),
  z.string().regex(/^content\/texts\/[a-z0-9]+(?:-[a-z0-9]+)*\.txt$/, 'must be a seed under ../shared/seeds/ or a file content/texts/<id>.txt'),
]);

/** Our records of what publications report (figures verified from abstracts, in our words). */
export const recordFile = z.enum(['../shared/guide/sources-and-figures.md']);

/** One document that figures on the site come from. */
export const sourceSchema = z
  .object({
    /** What kind of document this is; readers weigh a trial report and a blog differently. */
    kind: z.enum(['journal-article', 'cochrane-review', 'report', 'plain-language-summary', 'registry-record', 'blog', 'slides', 'provider-page', 'book']),
    /** Title as published. */
    title: text,
    /** Short name for inline citations when there are no authors to cite: "COSI registry record". */
    label: text.optional(),
    /** Authors as "Surname, Initials"; an organisation may stand as author. Omit when unstated. */
    authors: z.array(text).min(1).optional(),
    /** Publisher, outlet or organisation (for web pages, reports, slides). */
    publisher: text.optional(),
    /** Year, or year-month, or full date of publication as stated. */
    date: partialDate.optional(),
    journal: text.optional(),
    volume: text.optional(),
    issue: text.optional(),
    pages: text.optional(),
    doi: doi.optional(),
    pmid: z.string().regex(/^\d+$/, 'must be digits only').optional(),
    /** A stable public address, when there is no DOI. */
    url: z.url({ protocol: /^https$/, message: 'must be an https:// address' }).optional(),
    /**
     * The source's own words, held for checking quotes verbatim: a seed
     * (../shared/seeds/...) or a text in content/texts/ (give its licence).
     * Without it, a quote needs a maintainer's signedOff.
     */
    fullText: fullText.optional(),
    /** The licence under which the repository holds fullText, e.g. "CC BY 4.0" (required for content/texts/). */
    licence: text.optional(),
    /** Where our own record of this source's figures is kept (citations then use `record:`, never `quote:`). */
    recordedIn: recordFile.optional(),
    /** What our record was read from, for readers: "the published abstract". */
    recordedFrom: text.optional(),
    /** How the site should cite it when a figure is reported second-hand, e.g. "as reported in Axford et al. 2015a". */
    citeAs: text.optional(),
    /** Anything a reader should know about this source (e.g. "written by a parent receiving COS-P"). */
    note: text.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.fullText?.startsWith('content/texts/') && s.licence === undefined) {
      ctx.addIssue({ code: 'custom', path: ['licence'], message: 'a text held in the repository needs its licence (e.g. "CC BY 4.0"): only openly licensed texts may be stored' });
    }
    if (s.recordedFrom !== undefined && s.recordedIn === undefined) {
      ctx.addIssue({ code: 'custom', path: ['recordedFrom'], message: 'goes with recordedIn' });
    }
  });

export type Source = z.infer<typeof sourceSchema>;
