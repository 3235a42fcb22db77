/**
 * Forest plot geometry, computed before anything is drawn (as metafor's
 * forest() does), as a composition of marks in the manner of Observable Plot:
 * header, rows, summary, axis and favours labels, each in its own file under
 * marks/. Pure numbers and strings; every coordinate is rounded to 0.01 px so
 * the same data gives the same SVG. Every number is drawn as reported.
 *
 * Top to bottom: the rows with a number, the pooled summary, the axis; then,
 * below it and off its scale, the findings reported without a number, each
 * marked by its direction only. When the numbered rows run long the axis is
 * repeated above them (and between them), so no row is far from one.
 *
 * Two variants of the same plot:
 *   wide   – label column | plot | numbers (| weight), as Cochrane draws it;
 *   narrow – for phones: each row's words stacked above its own plot strip,
 *            so the plot keeps the full width and text stays legible at 320 px.
 */
import { describePanel, panelAxisTitle } from './describe.ts';
import { valueHeading } from './family.ts';
import { axisMark, axisRepeatMark } from './marks/axis.ts';
import { axisTitleMark, favoursMark } from './marks/favours.ts';
import { geometry } from './marks/frame.ts';
import { headerMark } from './marks/header.ts';
import { rowMark, squareSizes, type RowContext, type RowMark } from './marks/row.ts';
import { summaryMark } from './marks/summary.ts';
import type { AxisRepeat, ForestLayout, LayoutOptions, NullSegment, RowLayout } from './marks/types.ts';
import { wordsOnlyHeadingMark } from './marks/words.ts';
import { orientationOf } from './orient.ts';
import { buildAxis, round2, type Axis } from './scale.ts';
import type { ForestPanel, ForestRow } from './types.ts';

export type { ForestLayout, RowLayout } from './marks/types.ts';

/**
 * The furthest a numbered row may be from an axis line, in px of the drawing.
 * The narrow drawing is shown about 1.1× on a 390 px phone, so this is some
 * 540 px: a row and its nearest axis always fit on one phone screen.
 */
export const AXIS_REACH = 480;

/** The x axis that holds every number drawn: estimates, CIs, the pooled CI and the prediction interval. */
function axisFor(panel: ForestPanel, range: readonly [number, number], limits?: readonly [number, number]): Axis {
  const s = panel.summary;
  const values = [
    ...panel.rows.flatMap((r) => (r.estimate !== undefined ? [r.estimate, ...(r.ciLow !== undefined && r.ciHigh !== undefined ? [r.ciLow, r.ciHigh] : [])] : [])),
    ...(s ? [s.ciLow, s.ciHigh, ...(s.piLow !== undefined && s.piHigh !== undefined ? [s.piLow, s.piHigh] : [])] : []),
  ];
  return buildAxis(panel.family.kind, values, range, limits);
}

/**
 * Before which numbered rows the axis is repeated, given their heights. None
 * when the rows all fit within one reach of the axis below them. Otherwise
 * above the first row, and again wherever the span between two axis lines
 * (the run of rows and the repeated axis's own height) would grow past twice
 * the reach: a row between two axes is near one of them.
 */
export function axisRepeatsBefore(heights: readonly number[], reach: number = AXIS_REACH, repeatHeight = 0): Set<number> {
  const before = new Set<number>();
  if (heights.reduce((a, b) => a + b, 0) <= reach) return before;
  let run = 0;
  heights.forEach((h, i) => {
    if (i === 0 || run + h + repeatHeight > 2 * reach) {
      before.add(i);
      run = 0;
    }
    run += h;
  });
  return before;
}

export function layoutForest(panel: ForestPanel, options: LayoutOptions = {}): ForestLayout {
  const variant = options.variant ?? 'wide';
  const narrow = variant === 'narrow';
  const g = geometry(variant, panel.rows.some((r) => r.weight !== undefined));
  const orientation = orientationOf(panel.rows, panel.summary);
  const axis = axisFor(panel, [g.plot.x0, g.plot.x1], options.limits);
  const nullX = axis.x(axis.nullValue);
  const heading = valueHeading([...panel.rows.flatMap((r) => (r.metric && r.estimate !== undefined ? [r.metric] : [])), ...(panel.summary?.metric ? [panel.summary.metric] : [])]);

  const header = headerMark(panel, g, narrow, heading);
  const ctx: RowContext = { g, narrow, axis, orientation, shared: header.shared, squareSize: squareSizes(panel.rows) };
  const placed = new Map<ForestRow, RowMark>();
  // Wide: the null line runs down the plot, broken where an axis (or its copy) crosses it; narrow: a piece in each plot strip, so it never strikes through text.
  const segments: NullSegment[] = [];
  const addRun = (y1: number, y2: number) => {
    if (!narrow && y2 > y1) segments.push({ y1: round2(y1), y2: round2(y2) });
  };

  const numbered = panel.rows.filter((r) => r.estimate !== undefined);
  // The pooled summary counts as the last block of the run above the axis (index numbered.length).
  const summaryHeight = panel.summary ? summaryMark(panel.summary, axis, g, narrow, 0).bottom : undefined;
  const heights = [...numbered.map((r) => rowMark(r, ctx, 0).bottom), ...(summaryHeight !== undefined ? [summaryHeight] : [])];
  const repeatsBefore = axisRepeatsBefore(heights, AXIS_REACH, axisRepeatMark(axis, orientation, g, 0).bottom);
  const axisRepeats: AxisRepeat[] = [];
  let cursor = header.bottom;
  let runTop = header.bottom - 4;
  const repeatAxisIfDue = (i: number) => {
    if (!repeatsBefore.has(i)) return;
    if (i > 0) addRun(runTop, cursor);
    const { bottom, ...repeat } = axisRepeatMark(axis, orientation, g, cursor);
    axisRepeats.push(repeat);
    cursor = bottom;
    runTop = repeat.line.y;
  };
  numbered.forEach((row, i) => {
    repeatAxisIfDue(i);
    const mark = rowMark(row, ctx, cursor);
    placed.set(row, mark);
    cursor = mark.bottom;
  });
  repeatAxisIfDue(numbered.length);

  const summary = panel.summary ? summaryMark(panel.summary, axis, g, narrow, cursor) : undefined;
  const axisY = round2((summary?.bottom ?? cursor) + 6);
  addRun(runTop, axisY);
  const ticks = axisMark(axis, g, axisY);
  const favours = favoursMark(orientation, nullX, g, axisY + 36);
  const title = panelAxisTitle(panel);
  const titleLines = axisTitleMark(title, g, narrow, favours.bottom + 2);
  let bottom = titleLines.at(-1)!.y + 10;

  const wordsOnlyRows = panel.rows.filter((r) => r.estimate === undefined);
  const wordsHeading = wordsOnlyRows.length > 0 ? wordsOnlyHeadingMark(g, bottom + 6) : undefined;
  if (wordsHeading) {
    cursor = wordsHeading.bottom;
    for (const row of wordsOnlyRows) {
      const mark = rowMark(row, ctx, cursor);
      placed.set(row, mark);
      cursor = mark.bottom;
    }
    addRun(wordsHeading.bottom - 2, cursor);
    bottom = cursor + 4;
  }

  const rows: RowLayout[] = panel.rows.map((r) => placed.get(r)!.row);
  segments.push(...panel.rows.flatMap((r) => placed.get(r)!.segment ?? []), ...(summary?.segments ?? []));
  segments.sort((a, b) => a.y1 - b.y1);
  return {
    variant,
    width: g.width,
    height: round2(bottom),
    panel,
    title: panel.title,
    description: describePanel(panel),
    axisTitle: title,
    orientation,
    axis,
    columns: { label: g.label, plot: g.plot, value: g.value, ...(g.weight ? { weight: g.weight } : {}) },
    header: header.lines,
    rules: [header.rule, ...(summary ? [summary.rule] : []), ...(wordsHeading ? [wordsHeading.rule] : [])],
    nullLine: { x: nullX, segments },
    axisLine: ticks.line,
    ticks: ticks.ticks,
    axisText: [...ticks.labels, ...favours.lines, ...titleLines],
    axisRepeats,
    ...(wordsHeading ? { wordsOnly: { top: round2(wordsHeading.rule.y), lines: wordsHeading.lines } } : {}),
    rows,
    ...(summary ? { summary: summary.summary } : {}),
  };
}
