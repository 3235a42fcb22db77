/**
 * What a page prints on paper, where it differs from the screen: each quote
 * printed once. Pure: the components mark what this decides, and the print
 * stylesheet acts on the marks; the screen shows everything as before.
 */
import { normaliseWhitespace } from './quotes.ts';
import { isEntryLink } from '../schemas/common.ts';

/** The parts of a citation that say whose words are printed, and where: a source, its quote (or our record, or nothing), the place in it. */
export interface PrintedEvidence {
  source?: { id: string } | undefined;
  quote?: string | undefined;
  record?: string | undefined;
  signedOff?: unknown;
  locator?: string | undefined;
}

/**
 * The same words from the same source, at the same place in it, under the same
 * label: white space and closing punctuation aside ("… at 12 months." and
 * "… at 12 months" are one quote), nothing else. The place is part of it
 * because a pointer prints without its own: the one printed above must serve.
 * A signed-off quote prints a note the plain one lacks, so the two are kept
 * apart. Records (our words, not a quote) are never merged.
 */
function quoteKey(c: PrintedEvidence): string | undefined {
  if (c.source === undefined || c.quote === undefined || c.record !== undefined) return undefined;
  const words = normaliseWhitespace(c.quote).replace(/[\s.,;:]+$/u, '');
  return JSON.stringify([c.source.id, c.locator ?? '', c.signedOff === undefined ? 'quote' : 'signed-off', words]);
}

/**
 * For each row, whether its quote is already printed above it: among `earlier`
 * (what the page prints before the rows, such as a review's key findings) or
 * in an earlier row. Such a row prints a pointer ("quoted above") on paper
 * instead of the same words again. A row's first printing of a quote is never
 * marked, so every quote is printed once.
 */
export function quotedAbove(earlier: readonly PrintedEvidence[], rows: readonly PrintedEvidence[]): boolean[] {
  const printed = new Set(earlier.map(quoteKey).filter((k) => k !== undefined));
  return rows.map((row) => {
    const key = quoteKey(row);
    if (key === undefined) return false;
    if (printed.has(key)) return true;
    printed.add(key);
    return false;
  });
}

/**
 * A detail section (the sourced facts of a study's design, a commentary's
 * points) prints whole on paper, or in short form: its summary and first
 * statements, without quotes, and one line giving the page's address for the rest.
 */
export type PaperForm = 'whole' | 'short';

/**
 * What a detail section may take on paper, in characters read: about a third
 * of an A4 page at print type (measured: 6,735 characters of design details,
 * quotes included, print 892 CSS px tall in two columns; a page is 1,050).
 * The same for every page, so summaries keep their room however the details grow.
 */
export const detailBudget = 2500;

/** Keys whose values are not read as such on paper: a design's kind (printed as a label) and a sign-off (printed as a date line). */
const unread = new Set(['type', 'signedOff']);

/**
 * The characters a reader reads in a section's content: every string and
 * number in it (statements, quotes, records, units, notes, names), but not
 * references to other entries (`{ id, collection }`), which print as names elsewhere.
 */
export function printedLength(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value).length;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + printedLength(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  if (isEntryLink(value)) return 0;
  return Object.entries(value).reduce((n, [k, v]) => (unread.has(k) ? n : n + printedLength(v)), 0);
}

/** Whole if the section's content is within the budget, short past it. */
export function paperForm(section: unknown, budget: number = detailBudget): PaperForm {
  return printedLength(section) <= budget ? 'whole' : 'short';
}

/**
 * Which of a list's statements print on paper: all of them whole; in short
 * form the first, and every one that carries a figure. Figures are never cut:
 * a list of numbers prints whole (where sources give different figures, each
 * prints with its source), and so does any statement with a digit in it.
 */
export function printedStatements(items: readonly object[], form: PaperForm): boolean[] {
  return items.map((item, i) => form === 'whole' || i === 0 || !('text' in item) || /\d/u.test(String(item.text)));
}
