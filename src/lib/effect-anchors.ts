/**
 * Addresses inside a page for what readers cite in a meeting: one effect row
 * (#effect-<id>, on its review's page) and one outcome's rows in an effects
 * table (#outcome-<id>, on the first row that reports it). Each has a visible
 * "Link to this", which works without script; CSS highlights the row reached.
 */

/** The anchor of an outcome's first row in an effects table. */
export const outcomeAnchor = (outcomeId: string) => `outcome-${outcomeId}`;

/** For each row, the outcome anchor it carries: the first row of each outcome carries one, the others none. */
export function outcomeAnchorsByRow(outcomeIds: readonly string[]): (string | undefined)[] {
  const seen = new Set<string>();
  return outcomeIds.map((id) => {
    if (seen.has(id)) return undefined;
    seen.add(id);
    return outcomeAnchor(id);
  });
}
