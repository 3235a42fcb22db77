/**
 * The evidence and gap map: interventions as rows, outcomes as columns. Each
 * cell counts what our sources hold and reads its direction by the stated
 * rule in direction.ts. Empty cells are gaps, and gaps are the point.
 */
import type { EffectRecord, Site } from './model.ts';
import { paths } from './model.ts';
import { hubPages, type HubPage } from './hub-pages.ts';
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

/**
 * How many results a cell names (in its pop-up and in the map's table): the rest are counted, and found on the
 * intervention's page. At thousands of reviews a cell can hold hundreds, and every cell's list is on the one page
 * (twice: pop-up and table), which would pass 2 MB; eight names say what kind of evidence is there.
 */
export const cellResultsNamed = 8;

/** The results a cell names, and how many more it holds. */
export function cellResults(cell: Pick<MapCell, 'effects'>): { named: EffectRecord[]; more: number } {
  return { named: cell.effects.slice(0, cellResultsNamed), more: Math.max(0, cell.effects.length - cellResultsNamed) };
}

/**
 * Results named on one page of the map (each twice: in its cell's pop-up and in the table), about 600 bytes each with
 * their cells: 600 keep a page near 400 KB. Today's map names about 50 and is one page; at thousands of reviews the
 * rows (interventions) are shared evenly across pages, /evidence-map/ then /evidence-map/results/<n>/.
 */
export const namedPerMapPage = 600;

/** How many rows each page of the map holds, from the number of rows and of results the whole map names. */
export function mapRowsPerPage(rows: number, named: number): number {
  const pages = Math.max(1, Math.ceil(named / namedPerMapPage));
  return Math.max(1, Math.ceil(rows / pages));
}

/** The results a whole map names, from how many results each cell holds. */
export function namedInMap(cellCounts: Iterable<number>): number {
  let named = 0;
  for (const n of cellCounts) named += Math.min(n, cellResultsNamed);
  return named;
}

/** The map's pages: its rows shared evenly, each page complete with every outcome column. */
export function evidenceMapPages<R extends { cells: readonly Pick<MapCell, 'effects'>[] }>(rows: readonly R[]): HubPage<R>[] {
  const named = namedInMap(rows.flatMap((r) => r.cells.map((c) => c.effects.length)));
  return hubPages(rows, paths.evidenceMap, mapRowsPerPage(rows.length, named));
}

/** Intervention–outcome pairs with no evidence in our sources, on the whole map. */
export function mapGaps(map: { outcomes: readonly unknown[]; rows: readonly { cells: readonly Pick<MapCell, 'effects'>[] }[] }): number {
  return map.rows.length * map.outcomes.length - map.rows.reduce((n, r) => n + r.cells.filter((c) => c.effects.length > 0).length, 0);
}

/** What a cell holds, in words: "2 reviews, 1 trial; 4–12 studies; 300–1200 participants" (ranges as reported, never sums). */
export function cellCountsText(cell: Pick<MapCell, 'reviews' | 'trials' | 'studies' | 'participants'>): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const kinds = [cell.reviews > 0 && plural(cell.reviews, 'review', 'reviews'), cell.trials > 0 && plural(cell.trials, 'trial', 'trials')].filter(Boolean).join(', ');
  return `${kinds}${cell.studies ? `; ${formatRange(cell.studies)} studies` : ''}${cell.participants ? `; ${formatRange(cell.participants)} participants` : ''}`;
}

/** The cells with evidence on one page of the map, row by row, each with its outcome. */
export function filledCells<R extends { cells: readonly MapCell[] }, O extends { id: string }>(rows: readonly R[], outcomes: readonly O[]): { row: R; cell: MapCell; outcome: O }[] {
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  return rows.flatMap((row) => row.cells.filter((c) => c.effects.length > 0).map((cell) => ({ row, cell, outcome: byId.get(cell.outcomeId)! })));
}
