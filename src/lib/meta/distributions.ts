/**
 * The few distribution functions a meta-analysis needs, accurate to close to
 * double precision so that results match R (whose algorithms are used where
 * they are named below).
 */

const LN_SQRT_2PI = 0.918938533204672741780329736406; // ln(√(2π))
const ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;
const SQRT_32 = 5.656854249492380195206754896838;

const LANCZOS_G = 607 / 128;
const LANCZOS_COEFFICIENTS = [
  0.99999999999999709182, 57.156235665862923517, -59.597960355475491248, 14.136097974741747174,
  -0.49191381609762019978, 0.33994649984811888699e-4, 0.46523628927048575665e-4, -0.98374475304879564677e-4,
  0.15808870322491248884e-3, -0.21026444172410488319e-3, 0.2174396181152126432e-3, -0.16431810653676389022e-3,
  0.84418223983852743293e-4, -0.2619083840158140867e-4, 0.36899182659531622704e-5,
] as const;

/** ln Γ(x) for x > 0 by the Lanczos approximation (Godfrey's g = 607/128, 15 terms). */
export function logGamma(x: number): number {
  if (Number.isNaN(x) || x <= 0) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  if (x < 0.5) {
    // Reflection keeps the series in the range where it is accurate.
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  let sum = LANCZOS_COEFFICIENTS[0];
  for (let i = LANCZOS_COEFFICIENTS.length - 1; i > 0; i--) {
    sum += (LANCZOS_COEFFICIENTS[i] ?? 0) / (x + i - 1);
  }
  const t = x - 1 + LANCZOS_G + 0.5;
  return LN_SQRT_2PI + (x - 0.5) * Math.log(t) - t + Math.log(sum);
}

const CODY_A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113] as const;
const CODY_B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956] as const;
const CODY_C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711,
  6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8,
] as const;
const CODY_D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091,
  34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
] as const;
const CODY_P = [0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303] as const;
const CODY_Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5] as const;

/** Both tails of the standard normal at x, [P(Z ≤ x), P(Z > x)], by Cody's algorithm as in R's pnorm. */
function normalTails(x: number): [number, number] {
  if (Number.isNaN(x)) return [Number.NaN, Number.NaN];
  const y = Math.abs(x);
  let lower: number;
  let upper: number;
  if (y <= 0.67448975) {
    let num = 0;
    let den = 0;
    if (y > 1.1102230246251565e-16) {
      const xsq = x * x;
      num = CODY_A[4] * xsq;
      den = xsq;
      for (let i = 0; i < 3; i++) {
        num = (num + (CODY_A[i] ?? 0)) * xsq;
        den = (den + (CODY_B[i] ?? 0)) * xsq;
      }
    }
    const temp = (x * (num + CODY_A[3])) / (den + CODY_B[3]);
    return [0.5 + temp, 0.5 - temp];
  }
  let temp: number;
  if (y <= SQRT_32) {
    let num = CODY_C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + (CODY_C[i] ?? 0)) * y;
      den = (den + (CODY_D[i] ?? 0)) * y;
    }
    temp = (num + CODY_C[7]) / (den + CODY_D[7]);
  } else if (y < 38) {
    const xsq = 1 / (x * x);
    let num = CODY_P[5] * xsq;
    let den = xsq;
    for (let i = 0; i < 4; i++) {
      num = (num + (CODY_P[i] ?? 0)) * xsq;
      den = (den + (CODY_Q[i] ?? 0)) * xsq;
    }
    temp = (xsq * (num + CODY_P[4])) / (den + CODY_Q[4]);
    temp = (ONE_OVER_SQRT_2PI - temp) / y;
  } else {
    return x > 0 ? [1, 0] : [0, 1];
  }
  // Splitting y² into an exactly representable part and a remainder keeps exp() accurate in the tail.
  const ysq = Math.trunc(y * 16) / 16;
  const del = (y - ysq) * (y + ysq);
  lower = Math.exp(-ysq * ysq * 0.5) * Math.exp(-del * 0.5) * temp;
  upper = 1 - lower;
  if (x > 0) [lower, upper] = [upper, lower];
  return [lower, upper];
}

/** Standard normal distribution function Φ(x) = P(Z ≤ x). */
export function normalCdf(x: number): number {
  return normalTails(x)[0];
}

/** Upper tail 1 − Φ(x), accurate far into the tail (no cancellation). */
export function normalUpperTail(x: number): number {
  return normalTails(x)[1];
}

/** Two-sided p-value of a z statistic: 2 × P(Z > |z|). */
export function twoSidedP(z: number): number {
  return 2 * normalUpperTail(Math.abs(z));
}

function normalDensity(x: number): number {
  return ONE_OVER_SQRT_2PI * Math.exp(-0.5 * x * x);
}

/**
 * Standard normal quantile Φ⁻¹(p): Wichura's AS 241 rational approximation
 * (as in R's qnorm), refined by one Newton step on the nearer tail.
 */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  let x: number;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    x =
      (q *
        (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r + 45921.953931549871457) * r +
          13731.693765509461125) *
          r +
          1971.5909503065514427) *
          r +
          133.14166789178437745) *
          r +
          3.387132872796366608)) /
      (((((((r * 5226.495278852854561 + 28729.085735721942674) * r + 39307.89580009271061) * r + 21213.794301586595867) * r +
        5394.1960214247511077) *
        r +
        687.1870074920579083) *
        r +
        42.313330701600911252) *
        r +
        1);
  } else {
    let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
    if (r <= 5) {
      r -= 1.6;
      x =
        (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r + 1.27045825245236838258) * r +
          3.64784832476320460504) *
          r +
          5.7694972214606914055) *
          r +
          4.6303378461565452959) *
          r +
          1.42343711074968357734) /
        (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r + 0.14810397642748007459) * r +
          0.68976733498510000455) *
          r +
          1.6763848301838038494) *
          r +
          2.05319162663775882187) *
          r +
          1);
    } else {
      r -= 5;
      x =
        (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r + 0.026532189526576123093) * r +
          0.29656057182850489123) *
          r +
          1.7848265399172913358) *
          r +
          5.4637849111641143699) *
          r +
          6.6579046435011037772) /
        (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r +
          0.0148753612908506148525) *
          r +
          0.13692988092273580531) *
          r +
          0.59983220655588793769) *
          r +
          1);
    }
    if (q < 0) x = -x;
  }
  const density = normalDensity(x);
  if (density > 0) {
    const error = q < 0 ? normalCdf(x) - p : (1 - p) - normalUpperTail(x);
    x -= error / density;
  }
  return x;
}

const GAMMA_EPSILON = 1e-16;
const GAMMA_MAX_ITERATIONS = 100_000;

/** ln of the common factor x^a e^(−x) / Γ(a) of both incomplete-gamma expansions. */
function logGammaPrefactor(a: number, x: number): number {
  return a * Math.log(x) - x - logGamma(a);
}

/** Lower regularised incomplete gamma P(a, x) by its power series (use when x < a + 1). */
function gammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < GAMMA_MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * GAMMA_EPSILON) break;
  }
  return sum * Math.exp(logGammaPrefactor(a, x));
}

/** Upper regularised incomplete gamma Q(a, x) by its continued fraction, modified Lentz (use when x ≥ a + 1). */
function gammaContinuedFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < GAMMA_MAX_ITERATIONS; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < GAMMA_EPSILON) break;
  }
  return Math.exp(logGammaPrefactor(a, x)) * h;
}

/** Upper regularised incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a). */
export function regularizedGammaUpper(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0) return Number.NaN;
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}

/** Lower regularised incomplete gamma function P(a, x) = 1 − Q(a, x). */
export function regularizedGammaLower(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0) return Number.NaN;
  if (x === 0) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
}

/** Upper tail P(X > x) of a chi-square distribution with df degrees of freedom. */
export function chiSquareUpperTail(x: number, df: number): number {
  if (Number.isNaN(x) || Number.isNaN(df) || df <= 0) return Number.NaN;
  if (x <= 0) return 1;
  return regularizedGammaUpper(df / 2, x / 2);
}

/** The two-sided 95% critical value of the standard normal, qnorm(0.975) = 1.959963984540054. */
export const Z_95: number = normalQuantile(0.975);
