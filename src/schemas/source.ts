import { z } from 'astro/zod';
import { partialDate, text } from './common.ts';

/** A DOI stored bare, as 10.1037/fam0000605: the site adds https://doi.org/ itself. */
export const doi = z
  .string()
  .regex(/^10\.\d{4,9}\/\S+$/, 'must be a bare DOI such as 10.1037/fam0000605 (no https://doi.org/ prefix)');

/**
 * Where the verbatim text of a source can be read to check quotes:
 * a seed document, or the record of verified abstracts.
 */
export const sourceText = z.enum([
  'seeds/000_c2e0182abe9ab74d.txt',
  'seeds/001_81d3f735d5186229.txt',
  'seeds/002_4d52367c7d8c64ed.txt',
  'seeds/003_ab4f02315e1608f2.txt',
  'seeds/004_19ec40b2c3a404f6.txt',
  'guide/sources-and-figures.md',
]);

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
    /** The text our quotes are checked against (a path under ../shared/). */
    text: sourceText,
    /** How the site should cite it when a figure is reported second-hand, e.g. "as reported in Axford et al. 2015a". */
    citeAs: text.optional(),
    /** Anything a reader should know about this source (e.g. "written by a parent receiving COS-P"). */
    note: text.optional(),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
