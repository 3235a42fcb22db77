/**
 * The header mark: column headings over a rule, and a derivation every row
 * shares ("computed from events and totals"), said once under it.
 */
import type { DerivationNote, ForestPanel } from '../types.ts';
import { SIZE, stack } from './frame.ts';
import type { Geometry, Rule, TextLine } from './types.ts';

export interface HeaderMark {
  readonly lines: TextLine[];
  readonly rule: Rule;
  /** Derivations said once in the header, which rows then leave out. */
  readonly shared: readonly DerivationNote[];
  /** Where the first row starts. */
  readonly bottom: number;
}

/** The derivations every row shares, if there is more than one row and they all share some. */
function sharedDerivations(panel: ForestPanel): readonly DerivationNote[] {
  const texts = panel.rows.map((r) => (r.derivations ?? []).map((d) => d.short).join('|'));
  return panel.rows.length > 1 && texts[0] !== '' && texts.every((t) => t === texts[0]) ? panel.rows[0]!.derivations! : [];
}

export function headerMark(panel: ForestPanel, g: Geometry, narrow: boolean, valueHeading: string): HeaderMark {
  const lines: TextLine[] = narrow
    ? [{ text: `${panel.rowHeading} · ${valueHeading}`, x: g.label.x, y: 14, anchor: 'start', role: 'heading' }]
    : [
        { text: panel.rowHeading, x: g.label.x, y: 14, anchor: 'start', role: 'heading' },
        { text: valueHeading, x: g.value.x, y: 14, anchor: 'start', role: 'heading' },
        ...(g.weight ? [{ text: 'Weight', x: g.weight.x, y: 14, anchor: 'end' as const, role: 'heading' as const }] : []),
      ];
  let bottom = 28;
  const shared = sharedDerivations(panel);
  if (shared.length > 0) {
    const note = stack([{ text: `Every row: ${shared.map((d) => d.short).join('; ')}`, role: 'note', size: SIZE.small }], g.label.x, g.width - 16, bottom - 4);
    lines.push(...note.lines);
    bottom += note.height;
  }
  return { lines, rule: { x1: 0, x2: g.width, y: 22 }, shared, bottom };
}
