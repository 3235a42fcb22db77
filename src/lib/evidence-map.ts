/**
 * The evidence and gap map: interventions as rows, outcomes as columns. Each
 * cell counts what our sources hold and reads its direction by the stated
 * rule in direction.ts. Empty cells are gaps, and gaps are the point.
 */
import type { EffectRecord, Site } from './model.ts';
import { classifyEffect, combineDirections, type Direction } from './direction.ts';

export interface MapCell {
  interventionId: string;
  outcomeId: string;
  effects: EffectRecord[];
  reviews: number;
  trials: number;
  /** Studies (k) and participants (n) as each source reports them: a range, never summed, as reviews share studies. */
  studies?: { min: number; max: number } | undefined;
  participants?: { min: number; max: number } | undefined;
  direction: Direction;
  /** True when any effect's direction (or the side it favours) is our reading, not the source's: the cell says so. */
  ourReading: boolean;
}

function range(values: (number | undefined)[]): { min: number; max: number } | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length === 0 ? undefined : { min: Math.min(...known), max: Math.max(...known) };
}

/** The direction of a cell: each effect by the rule, then agreement or "mixed". */
export function cellDirection(effects: readonly Pick<EffectRecord, 'effect'>[]): Direction {
  return combineDirections(effects.map((e) => classifyEffect(e.effect).direction));
}

export function buildCell(interventionId: string, outcomeId: string, effects: EffectRecord[]): MapCell {
  const designs = new Map(effects.map((e) => [e.review.id, e.review.data.design.type]));
  const trials = [...designs.values()].filter((t) => t === 'rct').length;
  return {
    interventionId,
    outcomeId,
    effects,
    reviews: designs.size - trials,
    trials,
    studies: range(effects.map((e) => e.effect.k)),
    participants: range(effects.map((e) => e.effect.n)),
    direction: cellDirection(effects),
    ourReading: effects.some((e) => {
      const c = classifyEffect(e.effect);
      return c.basis === 'our reading' || c.signIsOurs;
    }),
  };
}

export function buildEvidenceMap(site: Site) {
  const outcomes = site.outcomes;
  const rows = site.interventions.map((intervention) => {
    const effects = site.effectsForIntervention(intervention.id);
    return {
      intervention,
      cells: outcomes.map((o) => buildCell(intervention.id, o.id, effects.filter((e) => e.effect.outcome.id === o.id))),
    };
  });
  return { outcomes, rows };
}

export function formatRange(r: { min: number; max: number }): string {
  return r.min === r.max ? String(r.min) : `${r.min}–${r.max}`;
}
