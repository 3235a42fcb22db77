/**
 * The x axis: linear for differences and correlations, logarithmic for ratios
 * (so 0.5 and 2 sit equally far from 1). Limits come from the data, always
 * include no effect and a minimum span around it (so a small effect is never
 * stretched to fill the panel), and are capped so one very wide CI cannot
 * squash every other row: a CI past the cap ends in an arrow, as in metafor.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { isLogAxis, nullValueOf, type AxisKind } from './family.ts';

export interface Axis {
  readonly type: 'linear' | 'log';
  readonly domain: readonly [number, number];
  readonly nullValue: number;
  readonly ticks: readonly number[];
  /** Pixel position of a value, rounded to 0.01 px so output is deterministic. */
  readonly x: (value: number) => number;
}

/** The widest axis each kind gets by default: beyond it a CI ends in an arrow. */
const CAPS: Record<AxisKind, readonly [number, number] | undefined> = {
  standardised: [-3, 3],
  correlation: [-1, 1],
  ratio: [0.01, 100],
  'mean-difference': undefined,
};

/**
 * The least each kind of axis shows around no effect, whatever the data: room
 * for a "medium" effect on either side, so a small one sits well inside.
 *   standardised ±0.5: Cohen's medium d; a small d of 0.2 reaches 40% of the
 *     way to the edge (larger effects widen the axis, as before).
 *   correlation ±0.3: Cohen's medium r; r = 0.23 sits at three quarters of
 *     the half-axis rather than at the edge (alone it once filled a 0–0.25 axis).
 *   ratio 0.5 to 2: a halving or doubling of the odds or risk, symmetric on
 *     the log scale (OR 2 is about d = 0.38 by Chinn's ln(OR)·√3/π).
 *   mean difference: none in units. Its units are the instrument's (points on
 *     CORE-OM, on the EPDS, …) and no benchmark is shared, nor does the content
 *     record a minimal important difference per instrument; so its axis is made
 *     symmetric about no effect instead, which keeps any effect to at most half
 *     the panel and lets the tick labels, in the instrument's units, give the size.
 */
const MIN_SPAN: Record<AxisKind, readonly [number, number] | 'symmetric'> = {
  standardised: [-0.5, 0.5],
  correlation: [-0.3, 0.3],
  ratio: [0.5, 2],
  'mean-difference': 'symmetric',
};

export function round2(value: number): number {
  const r = Math.round(value * 100) / 100;
  return r === 0 ? 0 : r; // never "-0"
}

function extent(values: readonly number[], nullValue: number): [number, number] {
  let lo = nullValue;
  let hi = nullValue;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** Ratios that read naturally on a log axis: 1, 2 and 5 times a power of ten (closed under 1/x: 2 ↔ 0.5, 5 ↔ 0.2). */
function ratioSteps(lo: number, hi: number, mantissas: readonly number[]): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)) - 1; e <= Math.ceil(Math.log10(hi)) + 1; e++) {
    for (const m of mantissas) {
      const v = Number((m * 10 ** e).toPrecision(12));
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) out.push(v);
    }
  }
  return out;
}

/** The nearest 1-2-5 ratio at or beyond a value (down for the low end, up for the high end). */
function niceRatio(value: number, direction: 'down' | 'up', mantissas: readonly number[]): number {
  const candidates = ratioSteps(value / 20, value * 20, mantissas);
  return direction === 'down' ? candidates.filter((c) => c <= value * (1 + 1e-9)).at(-1)! : candidates.find((c) => c >= value * (1 - 1e-9))!;
}

/**
 * @param values every number to be drawn (estimates, CI bounds, pooled CI and prediction interval)
 * @param range  the pixel extent of the plot area
 * @param limits fixed axis limits, when a caller wants them (values beyond them get arrows)
 */
export function buildAxis(kind: AxisKind, values: readonly number[], range: readonly [number, number], limits?: readonly [number, number]): Axis {
  const nullValue = nullValueOf(kind);
  const cap = CAPS[kind];
  let [lo, hi] = limits ?? extent(values, nullValue);
  if (!limits) {
    const span = MIN_SPAN[kind];
    if (span === 'symmetric') {
      const reach = Math.max(nullValue - lo, hi - nullValue);
      [lo, hi] = [nullValue - reach, nullValue + reach];
    } else [lo, hi] = [Math.min(lo, span[0]), Math.max(hi, span[1])];
    if (cap) [lo, hi] = [Math.max(lo, cap[0]), Math.min(hi, cap[1])];
  }

  if (isLogAxis(kind)) {
    if (lo === hi) [lo, hi] = [lo / 2, hi * 2];
    // Limits and ticks at 1-2-5 ratios (0.2, 0.5, 1, 2, 5); with more than 7, drop the 2s, then keep powers of ten only.
    let d0 = lo;
    let d1 = hi;
    let ticks: number[] = [];
    for (const mantissas of [[1, 2, 5], [1, 5], [1]] as const) {
      if (!limits) [d0, d1] = [niceRatio(lo, 'down', mantissas), niceRatio(hi, 'up', mantissas)];
      ticks = ratioSteps(d0, d1, mantissas);
      if (ticks.length <= 7) break;
    }
    const scale = scaleLog().domain([d0, d1]).range([range[0], range[1]]);
    return { type: 'log', domain: [d0, d1], nullValue, ticks, x: (v) => round2(scale(v)) };
  }

  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const scale = scaleLinear().domain([lo, hi]).range([range[0], range[1]]);
  if (!limits) scale.nice(5);
  const [d0, d1] = scale.domain() as [number, number];
  const ticks = scale.ticks(5).map((t) => Number(t.toPrecision(12))); // 0.30000000000000004 → 0.3
  return { type: 'linear', domain: [d0, d1], nullValue, ticks, x: (v) => round2(scale(v)) };
}

/** A value pulled back inside the axis, and on which side (if any) it was beyond it. */
export function clampToAxis(axis: Axis, value: number): { value: number; beyond: 'left' | 'right' | undefined } {
  const [d0, d1] = axis.domain;
  if (value < d0) return { value: d0, beyond: 'left' };
  if (value > d1) return { value: d1, beyond: 'right' };
  return { value, beyond: undefined };
}
