/**
 * Hub pages (an outcome's, an intervention's) list every result on the site for
 * their subject, so they grow with the corpus: at thousands of reviews one page
 * would hold megabytes. The hub shows the first rows itself and the rest go on
 * numbered continuation pages, each complete without JavaScript and searchable:
 * /outcomes/<id>/ then /outcomes/<id>/results/2/, /results/3/, …
 */
import type { EffectRecord } from './model.ts';

/** Rows per page: keeps the largest hub page well under 500 KB (an effects row with its quote is 2–4 KB). */
export const rowsPerHubPage = 80;

export interface HubPage<T = EffectRecord> {
  /** 1 for the hub itself. */
  number: number;
  path: string;
  records: T[];
  /** 1-based positions of the first and last row in the whole list. */
  first: number;
  last: number;
}

/** The continuation page's address: page 1 is the hub itself. */
export function hubPagePath(hub: string, number: number): string {
  return number === 1 ? hub : `${hub}results/${number}/`;
}

/** Splits a hub's rows into pages, in order; a hub with no rows is one empty page. */
export function hubPages<T = EffectRecord>(records: readonly T[], hub: string, perPage = rowsPerHubPage): HubPage<T>[] {
  const count = Math.max(1, Math.ceil(records.length / perPage));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    path: hubPagePath(hub, i + 1),
    records: records.slice(i * perPage, (i + 1) * perPage),
    first: Math.min(records.length, i * perPage + 1),
    last: Math.min(records.length, (i + 1) * perPage),
  }));
}

/** How many pages a hub with this many rows has (for the checker's list of pages, without the rows). */
export function hubPageCount(rows: number, perPage = rowsPerHubPage): number {
  return Math.max(1, Math.ceil(rows / perPage));
}
