/**
 * The one-page commissioning brief for an intervention: which effects fit on
 * the page and how many are left for the full page, and which sources to list.
 * The template prints what this decides; the effects keep their direction,
 * its basis and their evidence label exactly as on the full page.
 */
import type { EffectRecord } from './model.ts';
import { citedSourceIds } from './model.ts';

/** At most this many effects on the brief; the rest are counted, with a link to all of them. */
export const BRIEF_EFFECTS = 8;
/** At most this many key sources. */
export const BRIEF_SOURCES = 8;

/**
 * Up to `limit` effects: those with a number first (what a commissioner
 * weighs), then findings in words, each group in the page's own order.
 */
export function briefEffects(records: readonly EffectRecord[], limit = BRIEF_EFFECTS): { shown: EffectRecord[]; more: number } {
  const hasNumber = (r: EffectRecord) => r.effect.estimate !== undefined && r.effect.metric !== undefined;
  const ordered = [...records.filter(hasNumber), ...records.filter((r) => !hasNumber(r))];
  return { shown: ordered.slice(0, limit), more: Math.max(0, records.length - limit) };
}

/** The sources behind what the brief shows (ratings, costs, shown effects and their reviews' publications), first `limit` of them. */
export function briefSources(parts: { ratings?: unknown; costs?: unknown; effects: readonly EffectRecord[] }, limit = BRIEF_SOURCES): { ids: string[]; more: number } {
  const ids = citedSourceIds(parts.ratings, parts.costs, parts.effects.map((e) => e.effect), parts.effects.map((e) => e.review.data.publication));
  return { ids: ids.slice(0, limit), more: Math.max(0, ids.length - limit) };
}

/** Where an intervention's brief lives. */
export const briefPath = (interventionId: string) => `/interventions/${interventionId}/brief/`;
