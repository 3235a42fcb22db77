/**
 * The one formatter for numbers on the site. Effect sizes get two decimals
 * (as Cochrane and metafor print them); counts keep what the source reported.
 */

const counts = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

/** A count or reported quantity: 3171 → "3,171", 6.5 → "6.5". */
export function formatCount(value: number): string {
  return counts.format(value);
}

/** An effect size or ratio: two decimals, with a true minus sign. */
export function formatEffect(value: number): string {
  const fixed = Math.abs(value) < 0.005 ? (0).toFixed(2) : value.toFixed(2);
  return fixed.replace(/^-/, '−');
}

/** "0.54 [0.39, 0.77]", or "0.65" when there is no interval. */
export function formatEstimateWithCi(estimate: number, ciLow?: number, ciHigh?: number): string {
  const est = formatEffect(estimate);
  if (ciLow === undefined || ciHigh === undefined) return est;
  return `${est} [${formatEffect(ciLow)}, ${formatEffect(ciHigh)}]`;
}

/** An axis tick: as few decimals as the value needs (0.25, 1, −0.5), with a true minus sign. */
export function formatTick(value: number): string {
  const fixed = Math.abs(value) < 5e-4 ? '0' : value.toFixed(3).replace(/\.?0+$/, '');
  return fixed.replace(/^-/, '−');
}

/** A p-value we computed (not reported): "p < .001", "p = .003", "p = .12". */
export function formatComputedP(p: number): string {
  if (p < 0.001) return 'p < .001';
  const digits = p < 0.01 ? 3 : 2;
  return `p = ${p.toFixed(digits).replace(/^0/, '')}`;
}

/** A percentage such as a study's weight or I²: "12.3%", "45%" (to the digits given). */
export function formatPercent(value: number, digits = 0): string {
  return `${value.toFixed(digits)}%`;
}

/** A statistic such as z, Q or τ²: two decimals, true minus; a positive value below 0.005 reads "< 0.01", not "0.00". */
export function formatStatistic(value: number): string {
  if (value > 0 && value < 0.005) return '< 0.01';
  return formatEffect(value);
}

/** A reported p-value kept as reported: "p = .003", "p < .001". */
export function formatP(p: { relation: string; value: number; reported: string }): string {
  const rel = p.relation === '<=' ? '≤' : p.relation;
  const digits = p.reported.replace(/^[<>=≤\s]+/, '');
  return `p ${rel} ${digits}`;
}

/** A sourced number as a reader sees it: "10", "10–20". */
export function formatSourcedNumber(v: { value?: number | undefined; low?: number | undefined; high?: number | undefined }): string {
  if (v.value !== undefined) return formatCount(v.value);
  if (v.low !== undefined && v.high !== undefined) return `${formatCount(v.low)}–${formatCount(v.high)}`;
  throw new Error('a sourced number has neither value nor range');
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2016-07-12" → "12 July 2016"; "2023" stays "2023". */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = months[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "https://doi.org/10.1037/fam0000605" for a bare DOI. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/').replace(/%2F/g, '/')}`;
}

/** Join names as prose: "A, B and C". */
export function listInProse(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Markers our records use for authors not listed ("et al.", "and others"). */
const unlisted = new Set(['et al.', 'and others', 'others']);

/**
 * Authors as people write them in a reference: "Yaholkoski, A., Hurl, K. and
 * Theule, J."; "Cassidy et al." where our record lists only some (never
 * "Cassidy and et al."); "Wright, B. et al." for "Wright, B." and "and others".
 */
export function formatAuthors(authors: readonly string[]): string {
  const listed = authors.filter((a) => !unlisted.has(a.trim()));
  if (listed.length < authors.length) return `${listed.join(', ')} et al.`;
  return listInProse(listed);
}
