/**
 * Forest plot geometry, computed before anything is drawn (as metafor's
 * forest() does), as a composition of marks in the manner of Observable Plot:
 * header, rows, summary, axis and favours labels, each in its own file under
 * marks/. Pure numbers and strings; every coordinate is rounded to 0.01 px so
 * the same data gives the same SVG.
 *
 * Two variants of the same plot:
 *   wide   – label column | plot | numbers (| weight), as Cochrane draws it;
 *   narrow – for phones: each row's words stacked above its own plot strip,
 *            so the plot keeps the full width and text stays legible at 320 px.
 */
import { describePanel, panelAxisTitle } from './describe.ts';
import { valueHeading } from './family.ts';
import { axisMark } from './marks/axis.ts';
import { axisTitleMark, favoursMark } from './marks/favours.ts';
import { geometry } from './marks/frame.ts';
import { headerMark } from './marks/header.ts';
import { rowsMark, squareSizes } from './marks/row.ts';
import { summaryMark } from './marks/summary.ts';
import type { ForestLayout, LayoutOptions, NullSegment, SummaryLayout } from './marks/types.ts';
import { orientationOf, shownValues, type Orientation, type ShownValues } from './orient.ts';
import { buildAxis, round2, type Axis } from './scale.ts';
import type { ForestPanel } from './types.ts';

export type { ForestLayout, RowLayout } from './marks/types.ts';

interface Shown {
  readonly rows: readonly (ShownValues | undefined)[];
  readonly summary?: SummaryLayout['shown'];
}

/** The numbers as drawn: as reported, or turned round for lower-better rows on a mixed axis. */
function shownNumbers(panel: ForestPanel, orientation: Orientation): Shown {
  const kind = panel.family.kind;
  const rows = panel.rows.map((row) => (row.estimate === undefined ? undefined : shownValues(kind, orientation, { ...row, estimate: row.estimate })));
  const s = panel.summary;
  if (!s) return { rows };
  const main = shownValues(kind, orientation, { ...s, metric: s.metric });
  const pi = s.piLow !== undefined && s.piHigh !== undefined ? shownValues(kind, orientation, { estimate: s.estimate, ciLow: s.piLow, ciHigh: s.piHigh, betterWhen: s.betterWhen }) : undefined;
  return { rows, summary: { estimate: main.estimate, ciLow: main.ciLow!, ciHigh: main.ciHigh!, ...(pi ? { piLow: pi.ciLow!, piHigh: pi.ciHigh! } : {}) } };
}

/** The x axis that holds every number drawn: estimates, CIs, the pooled CI and the prediction interval. */
function axisFor(panel: ForestPanel, shown: Shown, range: readonly [number, number], limits?: readonly [number, number]): Axis {
  const s = shown.summary;
  const values = [
    ...shown.rows.flatMap((v) => (v ? [v.estimate, ...(v.ciLow !== undefined ? [v.ciLow, v.ciHigh!] : [])] : [])),
    ...(s ? [s.ciLow, s.ciHigh, ...(s.piLow !== undefined ? [s.piLow, s.piHigh!] : [])] : []),
  ];
  return buildAxis(panel.family.kind, values, range, limits);
}

export function layoutForest(panel: ForestPanel, options: LayoutOptions = {}): ForestLayout {
  const variant = options.variant ?? 'wide';
  const narrow = variant === 'narrow';
  const g = geometry(variant, panel.rows.some((r) => r.weight !== undefined));
  const orientation = orientationOf(panel.rows, panel.summary);
  const shown = shownNumbers(panel, orientation);
  const axis = axisFor(panel, shown, [g.plot.x0, g.plot.x1], options.limits);
  const nullX = axis.x(axis.nullValue);
  const heading = valueHeading([...panel.rows.flatMap((r) => (r.metric && r.estimate !== undefined ? [r.metric] : [])), ...(panel.summary?.metric ? [panel.summary.metric] : [])]);

  const header = headerMark(panel, g, narrow, heading);
  const rows = rowsMark(panel.rows, shown.rows, { g, narrow, axis, shared: header.shared, squareSize: squareSizes(panel.rows) }, header.bottom);
  const summary = panel.summary && shown.summary ? summaryMark(panel.summary, shown.summary, axis, g, narrow, rows.bottom) : undefined;
  const axisY = round2((summary?.bottom ?? rows.bottom) + 6);
  const ticks = axisMark(axis, g, axisY);
  const favours = favoursMark(orientation, nullX, g, axisY);
  const title = panelAxisTitle(panel);
  const titleLines = axisTitleMark(title, g, narrow, favours.bottom + 2);

  // Wide: one null line from the header rule to the axis; narrow: a piece in each plot strip, so it never strikes through text.
  const segments: NullSegment[] = [...rows.segments, ...(summary?.segments ?? []), ...(narrow ? [] : [{ y1: round2(header.bottom - 4), y2: axisY }])];
  return {
    variant,
    width: g.width,
    height: round2(titleLines.at(-1)!.y + 10),
    panel,
    title: panel.title,
    description: describePanel(panel),
    axisTitle: title,
    orientation,
    axis,
    columns: { label: g.label, plot: g.plot, value: g.value, ...(g.weight ? { weight: g.weight } : {}) },
    header: header.lines,
    rules: [header.rule, ...(summary ? [summary.rule] : [])],
    nullLine: { x: nullX, segments },
    axisLine: ticks.line,
    ticks: ticks.ticks,
    axisText: [...ticks.labels, ...favours.lines, ...titleLines],
    rows: rows.rows,
    ...(summary ? { summary: summary.summary } : {}),
  };
}
