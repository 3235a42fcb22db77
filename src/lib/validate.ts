/**
 * The whole-site rules, in one place: the checker (`npm run check:content`)
 * and the site model (buildSite, run by every page of `astro build`) both call
 * `validate`, so a rule exists once and a bare `astro build` refuses what the
 * checker refuses (apart from what only the checker can see: raw bytes, YAML
 * syntax, and the quotes checked against ../shared).
 */
import type { Review } from '../schemas/review.ts';
import { checkConsistency } from './consistency.ts';
import { checkPermanentLinks } from './short-links.ts';
import { checkDates, checkDuplicateIds, checkFlow, checkReferences, checkRegistrations, checkUnreadableCharacters, type EntryLike, type Problem } from './integrity.ts';

export interface ValidatedEntry extends EntryLike {
  body?: string;
  /** False when the entry failed its schema and `data` holds only the fields that passed (the checker's case). */
  complete?: boolean;
}

export interface ValidateOptions {
  /** The day dates are checked against (not in the future); defaults to now. Only decides pass or fail, never output. */
  today?: Date;
}

export function validate(entries: readonly ValidatedEntry[], options: ValidateOptions = {}): Problem[] {
  const today = options.today ?? new Date();
  const reviews = entries.filter((e): e is ValidatedEntry & { data: Review } => e.collection === 'reviews' && e.complete !== false);
  return [
    ...checkDuplicateIds(entries),
    ...checkUnreadableCharacters(entries),
    ...checkReferences(entries),
    ...checkRegistrations(entries),
    ...checkDates(entries, today),
    ...checkFlow(entries),
    ...checkPermanentLinks(entries),
    // Re-pooling needs a whole, typed review: only for reviews that passed their schema.
    ...checkConsistency(reviews),
  ];
}
