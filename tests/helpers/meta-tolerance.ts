/**
 * The reference README's comparison rule, shared by the engine and CLI tests:
 * |actual − expected| ≤ 1e-6 × max(1, |expected|) for FE, DL, yi and vi,
 * 1e-4 × max(1, |expected|) for REML; p and qp below 1e-10 on the log scale.
 */
export const EXPECTED_KEYS = [
  'k', 'estimate', 'se', 'ciLow', 'ciHigh', 'z', 'p', 'tau2', 'i2', 'h2', 'q', 'qp', 'piLow', 'piHigh', 'yi', 'vi', 'weights',
] as const;

export type ExpectedKey = (typeof EXPECTED_KEYS)[number];

export interface ReferenceCase {
  readonly name: string;
  readonly measure: string;
  readonly method: string;
  readonly studies: readonly Record<string, unknown>[];
  readonly expected: Record<ExpectedKey, number | number[]>;
}

export function relativeTolerance(method: string, key: string): number {
  return method === 'REML' && key !== 'yi' && key !== 'vi' ? 1e-4 : 1e-6;
}

/** Deviation of one value in units of its allowed tolerance (≤ 1 passes), and the absolute deviation. */
export function scaledDeviation(method: string, key: string, expected: number, actual: number): { scaled: number; absolute: number } {
  const tolerance = relativeTolerance(method, key);
  const absolute = Math.abs(actual - expected);
  if ((key === 'p' || key === 'qp') && expected < 1e-10) {
    if (!(actual > 0)) return { scaled: Number.POSITIVE_INFINITY, absolute };
    const logExpected = Math.log(expected);
    return { scaled: Math.abs(Math.log(actual) - logExpected) / (tolerance * Math.max(1, Math.abs(logExpected))), absolute };
  }
  if (!Number.isFinite(actual)) return { scaled: Number.POSITIVE_INFINITY, absolute: Number.POSITIVE_INFINITY };
  return { scaled: absolute / (tolerance * Math.max(1, Math.abs(expected))), absolute };
}

export interface Comparison {
  /** One line per value outside tolerance (empty when everything matches). */
  readonly failures: string[];
  readonly maxScaled: number;
  readonly maxAbsolute: number;
  readonly compared: number;
}

/** Compares every expected key (arrays element by element) against `actual`. */
export function compareWithExpected(method: string, expected: Record<string, unknown>, actual: Record<string, unknown>): Comparison {
  const failures: string[] = [];
  let maxScaled = 0;
  let maxAbsolute = 0;
  let compared = 0;
  for (const key of EXPECTED_KEYS) {
    const want = expected[key];
    const got = actual[key];
    const wantList = Array.isArray(want) ? want : [want];
    const gotList = Array.isArray(got) ? got : [got];
    if (Array.isArray(want) !== Array.isArray(got) || wantList.length !== gotList.length) {
      failures.push(`${key}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
      continue;
    }
    wantList.forEach((w, i) => {
      const g = gotList[i];
      const where = Array.isArray(want) ? `${key}[${i}]` : key;
      if (typeof w !== 'number' || typeof g !== 'number') {
        failures.push(`${where}: expected ${String(w)}, got ${String(g)}`);
        return;
      }
      const { scaled, absolute } = scaledDeviation(method, key, w, g);
      compared += 1;
      maxScaled = Math.max(maxScaled, scaled);
      maxAbsolute = Math.max(maxAbsolute, absolute);
      if (!(scaled <= 1)) failures.push(`${where}: expected ${w}, got ${g} (|Δ| = ${absolute})`);
    });
  }
  return { failures, maxScaled, maxAbsolute, compared };
}
