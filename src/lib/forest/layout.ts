/**
 * Forest plot geometry, computed before anything is drawn (as metafor's
 * forest() does): rows, column areas, the x axis, markers, whiskers, the
 * pooled diamond and the axis furniture. Pure numbers and strings; every
 * coordinate is rounded to 0.01 px so the same data gives the same SVG.
 *
 * Two variants of the same plot:
 *   wide   – label column | plot | numbers (| weight), as Cochrane draws it;
 *   narrow – for phones: each row's words stacked above its own plot strip,
 *            so the plot keeps the full width and text stays legible at 320 px.
 */
import { directionLabels } from '../labels.ts';
import { formatComputedP, formatEffect, formatEstimateWithCi, formatPercent, formatStatistic, formatTick } from '../format.ts';
import { describePanel, panelAxisTitle } from './describe.ts';
import { valueHeading } from './family.ts';
import { orientationOf, shownValues, type Orientation } from './orient.ts';
import { buildAxis, clampToAxis, round2, type Axis } from './scale.ts';
import { textWidth, wrap } from './text.ts';
import type { DerivationNote, ForestPanel, ForestRow } from './types.ts';

export type Variant = 'wide' | 'narrow';

export interface LayoutOptions {
  readonly variant?: Variant;
  /** Fixed axis limits on the reported scale (ratios as ratios); by default they follow the data. */
  readonly limits?: readonly [number, number];
}

/** What a line of text is, which decides its style (class f-<role>) and nothing else. */
export type TextRole =
  | 'heading'
  | 'label'
  | 'sublabel'
  | 'note'
  | 'value'
  | 'value-note'
  | 'no-number'
  | 'summary-label'
  | 'stats'
  | 'tick'
  | 'favours-benefit'
  | 'favours-comparison'
  | 'axis-title';

export interface TextLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly role: TextRole;
}

export interface Whisker {
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
  /** The interval runs past the axis on this side: draw an arrow there. */
  readonly arrowLeft: boolean;
  readonly arrowRight: boolean;
}

export type Marker =
  | { readonly kind: 'square'; readonly cx: number; readonly cy: number; readonly size: number }
  | { readonly kind: 'hollow'; readonly cx: number; readonly cy: number; readonly r: number };

export interface RowLayout {
  readonly key: string;
  readonly top: number;
  readonly height: number;
  /** Vertical centre of the marker and whisker. */
  readonly cy: number;
  readonly lines: readonly TextLine[];
  /** The numbers as drawn (turned round when the axis is mixed); absent for a finding without a number. */
  readonly shown?: { readonly estimate: number; readonly ciLow?: number; readonly ciHigh?: number };
  readonly marker?: Marker;
  readonly whisker?: Whisker & { readonly approximate: boolean };
  /** The estimate itself lies beyond the axis; the marker sits at its edge. */
  readonly beyondAxis?: 'left' | 'right';
  /** Every derivation behind the drawn numbers, for the table. */
  readonly notes: readonly DerivationNote[];
}

export interface SummaryLayout {
  readonly top: number;
  readonly cy: number;
  readonly lines: readonly TextLine[];
  readonly shown: { readonly estimate: number; readonly ciLow: number; readonly ciHigh: number; readonly piLow?: number; readonly piHigh?: number };
  readonly diamond: { readonly path: string; readonly left: number; readonly right: number; readonly centre: number; readonly y: number; readonly arrowLeft: boolean; readonly arrowRight: boolean };
  readonly prediction?: Whisker;
}

export interface ForestLayout {
  readonly variant: Variant;
  readonly width: number;
  readonly height: number;
  readonly panel: ForestPanel;
  readonly title: string;
  readonly description: string;
  readonly axisTitle: string;
  readonly orientation: Orientation;
  readonly axis: Axis;
  readonly columns: {
    readonly label: { readonly x: number; readonly width: number };
    readonly plot: { readonly x0: number; readonly x1: number };
    readonly value: { readonly x: number; readonly width: number };
    /** Right edge of the weight column, when rows have weights. */
    readonly weight?: { readonly x: number };
  };
  readonly header: readonly TextLine[];
  readonly rules: readonly { readonly x1: number; readonly x2: number; readonly y: number }[];
  readonly nullLine: { readonly x: number; readonly segments: readonly { readonly y1: number; readonly y2: number }[] };
  readonly axisLine: { readonly x1: number; readonly x2: number; readonly y: number };
  readonly ticks: readonly { readonly value: number; readonly x: number; readonly y1: number; readonly y2: number }[];
  readonly axisText: readonly TextLine[];
  readonly rows: readonly RowLayout[];
  readonly summary?: SummaryLayout;
}

const SIZE = { main: 13, small: 11.5, tick: 12 } as const;
const LINE = { main: 17, small: 15 } as const;
/** Square side when weights are unknown, and the metafor-style range for sqrt(weight). */
const FIXED_SQUARE = 9;
const SQUARE_RANGE = [5, 15] as const;
const HOLLOW_R = 4.5;
const DIAMOND_HALF = 7;
const STRIP = 22;

interface Geometry {
  width: number;
  label: { x: number; width: number };
  plot: { x0: number; x1: number };
  value: { x: number; width: number };
  weight?: { x: number };
}

function geometry(variant: Variant, hasWeights: boolean): Geometry {
  if (variant === 'narrow') {
    return { width: 320, label: { x: 8, width: 304 }, plot: { x0: 20, x1: 300 }, value: { x: 8, width: 304 } };
  }
  return {
    width: 760,
    label: { x: 8, width: 262 },
    plot: { x0: 290, x1: 540 },
    value: { x: 556, width: hasWeights ? 140 : 196 },
    ...(hasWeights ? { weight: { x: 752 } } : {}),
  };
}

/** Square side from sqrt(weight), scaled linearly into a small range as metafor does, so no square dwarfs the rest. */
function squareSizes(rows: readonly ForestRow[]): (row: ForestRow) => number {
  const roots = rows.flatMap((r) => (r.weight !== undefined && r.estimate !== undefined ? [Math.sqrt(r.weight)] : []));
  if (roots.length === 0) return () => FIXED_SQUARE;
  const lo = Math.min(...roots);
  const hi = Math.max(...roots);
  const mid = (SQUARE_RANGE[0] + SQUARE_RANGE[1]) / 2;
  return (row) => {
    if (row.weight === undefined) return FIXED_SQUARE;
    if (hi === lo) return mid;
    return round2(SQUARE_RANGE[0] + ((Math.sqrt(row.weight) - lo) / (hi - lo)) * (SQUARE_RANGE[1] - SQUARE_RANGE[0]));
  };
}

function whiskerFor(axis: Axis, low: number, high: number, y: number): Whisker {
  const a = clampToAxis(axis, low);
  const b = clampToAxis(axis, high);
  return { x1: axis.x(a.value), x2: axis.x(b.value), y: round2(y), arrowLeft: a.beyond === 'left' || b.beyond === 'left', arrowRight: a.beyond === 'right' || b.beyond === 'right' };
}

/** Stacks wrapped text lines from `top`, returning them and the height used. */
function stack(
  items: readonly { text: string; role: TextRole; size: number; bold?: boolean }[],
  x: number,
  width: number,
  top: number,
  anchor: 'start' | 'end' = 'start',
): { lines: TextLine[]; height: number } {
  const lines: TextLine[] = [];
  let y = top;
  for (const item of items) {
    const lineHeight = item.size === SIZE.main ? LINE.main : LINE.small;
    for (const text of wrap(item.text, width, item.size, item.bold)) {
      y += lineHeight;
      lines.push({ text, x, y: round2(y - 4), anchor, role: item.role });
    }
  }
  return { lines, height: y - top };
}

export function layoutForest(panel: ForestPanel, options: LayoutOptions = {}): ForestLayout {
  const variant = options.variant ?? 'wide';
  const kind = panel.family.kind;
  const hasWeights = panel.rows.some((r) => r.weight !== undefined);
  const g = geometry(variant, hasWeights);
  const orientation = orientationOf(panel.rows, panel.summary);
  const heading = valueHeading([...panel.rows.flatMap((r) => (r.metric && r.estimate !== undefined ? [r.metric] : [])), ...(panel.summary?.metric ? [panel.summary.metric] : [])]);

  // The numbers as drawn, then the axis that holds them all.
  const shown = panel.rows.map((row) => (row.estimate === undefined ? undefined : shownValues(kind, orientation, { ...row, estimate: row.estimate })));
  const s = panel.summary;
  const summaryShown = s && (() => {
    const main = shownValues(kind, orientation, { ...s, metric: s.metric });
    const pi = s.piLow !== undefined && s.piHigh !== undefined ? shownValues(kind, orientation, { estimate: s.estimate, ciLow: s.piLow, ciHigh: s.piHigh, betterWhen: s.betterWhen }) : undefined;
    return { estimate: main.estimate, ciLow: main.ciLow!, ciHigh: main.ciHigh!, ...(pi ? { piLow: pi.ciLow!, piHigh: pi.ciHigh! } : {}) };
  })();
  const values = [
    ...shown.flatMap((v) => (v ? [v.estimate, ...(v.ciLow !== undefined ? [v.ciLow, v.ciHigh!] : [])] : [])),
    ...(summaryShown ? [summaryShown.ciLow, summaryShown.ciHigh, ...(summaryShown.piLow !== undefined ? [summaryShown.piLow, summaryShown.piHigh!] : [])] : []),
  ];
  const axis = buildAxis(kind, values, [g.plot.x0, g.plot.x1], options.limits);
  const nullX = axis.x(axis.nullValue);
  const size = squareSizes(panel.rows);
  const narrow = variant === 'narrow';

  // Header: column headings over a rule.
  const header: TextLine[] = narrow
    ? [{ text: `${panel.rowHeading} · ${heading}`, x: g.label.x, y: 14, anchor: 'start', role: 'heading' }]
    : [
        { text: panel.rowHeading, x: g.label.x, y: 14, anchor: 'start', role: 'heading' },
        { text: heading, x: g.value.x, y: 14, anchor: 'start', role: 'heading' },
        ...(g.weight ? [{ text: 'Weight', x: g.weight.x, y: 14, anchor: 'end' as const, role: 'heading' as const }] : []),
      ];
  const rules = [{ x1: 0, x2: g.width, y: 22 }];
  const segments: { y1: number; y2: number }[] = [];
  let cursor = 28;

  // A derivation every row shares ("computed from events and totals") is said once, under the header.
  const derivationTexts = panel.rows.map((r) => (r.derivations ?? []).map((d) => d.short).join('|'));
  const shared = panel.rows.length > 1 && derivationTexts[0] !== '' && derivationTexts.every((t) => t === derivationTexts[0]) ? panel.rows[0]!.derivations! : [];
  if (shared.length > 0) {
    const note = stack([{ text: `Every row: ${shared.map((d) => d.short).join('; ')}`, role: 'note', size: SIZE.small }], g.label.x, g.width - 16, cursor - 4);
    header.push(...note.lines);
    cursor += note.height;
  }
  const rowsTop = cursor;

  const rows: RowLayout[] = panel.rows.map((row, i) => {
    const v = shown[i];
    const top = cursor;
    const notes: DerivationNote[] = [...(v?.flip ? [v.flip] : []), ...(row.ciDerivation ? [row.ciDerivation] : []), ...(row.derivations ?? [])];
    const labelItems = [
      { text: row.label, role: 'label' as const, size: SIZE.main, bold: true },
      ...(row.sublabel ? [{ text: row.sublabel, role: 'sublabel' as const, size: SIZE.small }] : []),
      ...notes.filter((n) => !shared.some((d) => d.short === n.short)).map((n) => ({ text: n.short, role: 'note' as const, size: SIZE.small })),
    ];
    const hasCi = v?.ciLow !== undefined && v.ciHigh !== undefined;
    const valueText = v ? formatEstimateWithCi(v.estimate, v.ciLow, v.ciHigh) : 'No number reported';
    const weightText = row.weight !== undefined ? formatPercent(row.weight, 1) : undefined;
    const valueItems = [
      { text: narrow && weightText ? `${valueText} · weight ${weightText}` : valueText, role: 'value' as const, size: SIZE.main },
      ...(v && !hasCi ? [{ text: 'CI not reported', role: 'value-note' as const, size: SIZE.small }] : []),
      ...(!v ? [{ text: `Stated: ${directionLabels[row.direction].toLowerCase()}`, role: 'value-note' as const, size: SIZE.small }] : []),
    ];

    let lines: TextLine[];
    let cy: number;
    let height: number;
    if (narrow) {
      const words = stack([...labelItems, ...valueItems], g.label.x, g.label.width, top);
      lines = words.lines;
      cy = top + words.height + STRIP / 2;
      height = words.height + (v ? STRIP : 0) + 10;
      if (v) segments.push({ y1: round2(top + words.height + 1), y2: round2(top + words.height + STRIP - 1) });
    } else {
      const left = stack(labelItems, g.label.x, g.label.width, top);
      const right = stack(valueItems, g.value.x, g.value.width, top);
      lines = [...left.lines, ...right.lines, ...(weightText ? [{ text: weightText, x: g.weight!.x, y: right.lines[0]!.y, anchor: 'end' as const, role: 'value' as const }] : [])];
      cy = top + 8.5;
      height = Math.max(left.height, right.height) + 7;
      if (!v) lines.push({ text: 'no number reported', x: round2((g.plot.x0 + g.plot.x1) / 2), y: round2(cy + 4), anchor: 'middle', role: 'no-number' });
    }
    cursor = top + height;
    if (!v) return { key: row.key, top: round2(top), height: round2(height), cy: round2(cy), lines, notes };

    const at = clampToAxis(axis, v.estimate);
    const cx = axis.x(at.value);
    const marker: Marker = hasCi ? { kind: 'square', cx, cy: round2(cy), size: size(row) } : { kind: 'hollow', cx, cy: round2(cy), r: HOLLOW_R };
    const beyond = at.beyond;
    return {
      key: row.key,
      top: round2(top),
      height: round2(height),
      cy: round2(cy),
      lines,
      shown: { estimate: v.estimate, ...(hasCi ? { ciLow: v.ciLow!, ciHigh: v.ciHigh! } : {}) },
      marker,
      ...(hasCi ? { whisker: { ...whiskerFor(axis, v.ciLow!, v.ciHigh!, cy), approximate: row.ciDerivation?.approximate ?? false } } : {}),
      ...(beyond ? { beyondAxis: beyond } : {}),
      notes,
    };
  });

  // The pooled summary: diamond, prediction interval, heterogeneity and the test for the overall effect.
  let summary: SummaryLayout | undefined;
  if (s && summaryShown) {
    rules.push({ x1: 0, x2: g.width, y: round2(cursor + 2) });
    const top = cursor + 6;
    const estimateText = formatEstimateWithCi(summaryShown.estimate, summaryShown.ciLow, summaryShown.ciHigh);
    const statItems = [
      { text: `Heterogeneity: τ² = ${formatStatistic(s.tau2)}; I² = ${formatPercent(s.i2)}; Q = ${formatStatistic(s.q)} (df = ${s.df}), ${formatComputedP(s.qp)}`, role: 'stats' as const, size: SIZE.small },
      { text: `Test for overall effect: z = ${formatStatistic(s.z)}, ${formatComputedP(s.p)}`, role: 'stats' as const, size: SIZE.small },
    ];
    const piText = summaryShown.piLow !== undefined ? `95% prediction interval [${formatEffect(summaryShown.piLow)}, ${formatEffect(summaryShown.piHigh!)}]` : undefined;
    const lines: TextLine[] = [];
    let cy: number;
    let piY: number | undefined;
    let bottom: number;
    if (narrow) {
      const head = stack(
        [
          { text: `${s.label} (k = ${s.k})`, role: 'summary-label', size: SIZE.main, bold: true },
          { text: estimateText, role: 'value', size: SIZE.main },
        ],
        g.label.x, g.label.width, top,
      );
      lines.push(...head.lines);
      cy = top + head.height + STRIP / 2;
      segments.push({ y1: round2(top + head.height + 1), y2: round2(top + head.height + STRIP - 1) });
      let y = top + head.height + STRIP;
      if (piText) {
        const pi = stack([{ text: piText, role: 'sublabel', size: SIZE.small }], g.label.x, g.label.width, y);
        lines.push(...pi.lines);
        piY = y + pi.height + 8;
        segments.push({ y1: round2(y + pi.height + 1), y2: round2(y + pi.height + 15) });
        y += pi.height + 16;
      }
      const stats = stack(statItems, g.label.x, g.label.width, y);
      lines.push(...stats.lines);
      bottom = y + stats.height + 6;
    } else {
      const head = stack([{ text: `${s.label} (k = ${s.k})`, role: 'summary-label', size: SIZE.main, bold: true }], g.label.x, g.label.width, top);
      lines.push(...head.lines, { text: estimateText, x: g.value.x, y: head.lines[0]!.y, anchor: 'start', role: 'value' });
      if (g.weight) lines.push({ text: formatPercent(100, 1), x: g.weight.x, y: head.lines[0]!.y, anchor: 'end', role: 'value' });
      cy = top + 8.5;
      let y = top + head.height + 2;
      if (piText) {
        const pi = stack([{ text: '95% prediction interval', role: 'sublabel', size: SIZE.small }], g.label.x, g.label.width, y);
        lines.push(...pi.lines, { text: `[${formatEffect(summaryShown.piLow!)}, ${formatEffect(summaryShown.piHigh!)}]`, x: g.value.x, y: pi.lines[0]!.y, anchor: 'start', role: 'value-note' });
        piY = y + 8;
        y += pi.height + 2;
      }
      const stats = stack(statItems, g.label.x, g.label.width, y);
      lines.push(...stats.lines);
      bottom = y + stats.height + 6;
    }
    const left = clampToAxis(axis, summaryShown.ciLow);
    const right = clampToAxis(axis, summaryShown.ciHigh);
    const centre = axis.x(clampToAxis(axis, summaryShown.estimate).value);
    const [l, r, y] = [axis.x(left.value), axis.x(right.value), round2(cy)];
    summary = {
      top: round2(top),
      cy: y,
      lines,
      shown: summaryShown,
      diamond: {
        path: `M${l},${y}L${centre},${round2(y - DIAMOND_HALF)}L${r},${y}L${centre},${round2(y + DIAMOND_HALF)}Z`,
        left: l,
        right: r,
        centre,
        y,
        arrowLeft: left.beyond === 'left',
        arrowRight: right.beyond === 'right',
      },
      ...(piY !== undefined ? { prediction: whiskerFor(axis, summaryShown.piLow!, summaryShown.piHigh!, piY) } : {}),
    };
    cursor = bottom;
  }

  // The axis: line, ticks, tick labels, then the favours labels and the axis title.
  const axisY = round2(cursor + 6);
  // Wide: one line from the header rule to the axis; narrow: a piece in each plot strip, so it never strikes through text.
  if (!narrow) segments.push({ y1: round2(rowsTop - 4), y2: axisY });
  const ticks = axis.ticks.map((value) => ({ value, x: axis.x(value), y1: axisY, y2: round2(axisY + 5) }));
  // Tick labels from the null line outwards, skipping any that would touch one already placed.
  const placed: { x0: number; x1: number }[] = [];
  const labelled = new Set<number>();
  const byDistance = [...ticks].sort((a, b) => Math.abs(a.x - nullX) - Math.abs(b.x - nullX) || a.x - b.x);
  for (const t of byDistance) {
    const half = textWidth(formatTick(t.value), SIZE.tick) / 2;
    if (placed.every((p) => t.x + half + 3 < p.x0 || t.x - half - 3 > p.x1)) {
      placed.push({ x0: t.x - half, x1: t.x + half });
      labelled.add(t.value);
    }
  }
  const axisText: TextLine[] = ticks.filter((t) => labelled.has(t.value)).map((t) => ({ text: formatTick(t.value), x: t.x, y: round2(axisY + 18), anchor: 'middle', role: 'tick' }));

  const benefitLeft = orientation.benefitSide === 'left';
  const leftText = `← Favours ${benefitLeft ? 'intervention' : 'comparison'}`;
  const rightText = `Favours ${benefitLeft ? 'comparison' : 'intervention'} →`;
  const minX = g.label.x;
  const maxX = g.width - 8;
  const leftWidth = textWidth(leftText, SIZE.tick);
  const rightWidth = textWidth(rightText, SIZE.tick);
  // Beside the null line if both fit there; else at the two ends of the line; else on two lines.
  const favoursY = axisY + 36;
  let left = { x: Math.max(nullX - 6, minX + leftWidth), anchor: 'end' as 'start' | 'end' };
  let right = { x: Math.min(nullX + 6, maxX - rightWidth), anchor: 'start' as 'start' | 'end' };
  let twoLines = false;
  if (left.x > right.x - 4) {
    if (leftWidth + rightWidth + 12 <= maxX - minX) {
      left = { x: minX, anchor: 'start' };
      right = { x: maxX, anchor: 'end' };
    } else twoLines = true;
  }
  axisText.push(
    { text: leftText, x: round2(left.x), y: round2(favoursY), anchor: left.anchor, role: benefitLeft ? 'favours-benefit' : 'favours-comparison' },
    { text: rightText, x: round2(right.x), y: round2(twoLines ? favoursY + 16 : favoursY), anchor: right.anchor, role: benefitLeft ? 'favours-comparison' : 'favours-benefit' },
  );
  const title = panelAxisTitle(panel);
  const titleTop = favoursY + (twoLines ? 16 : 0) + 2;
  const titleCentre = narrow ? g.width / 2 : (g.plot.x0 + g.plot.x1) / 2;
  const titleLines = stack([{ text: title, role: 'axis-title', size: SIZE.small }], round2(titleCentre), narrow ? g.label.width : g.width - 16, titleTop).lines.map((t) => ({ ...t, anchor: 'middle' as const }));
  axisText.push(...titleLines);
  const height = round2(titleLines.at(-1)!.y + 10);

  return {
    variant,
    width: g.width,
    height,
    panel,
    title: panel.title,
    description: describePanel(panel),
    axisTitle: title,
    orientation,
    axis,
    columns: { label: g.label, plot: g.plot, value: g.value, ...(g.weight ? { weight: g.weight } : {}) },
    header,
    rules,
    nullLine: { x: nullX, segments },
    axisLine: { x1: g.plot.x0, x2: g.plot.x1, y: axisY },
    ticks,
    axisText,
    rows,
    ...(summary ? { summary } : {}),
  };
}

