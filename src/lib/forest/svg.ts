/**
 * A laid-out forest plot as an SVG string: no DOM, so it can be snapshotted
 * and inlined at build time. Colours come from CSS classes (f-*) that the
 * page maps to its custom properties; the attributes here are fallbacks in
 * currentColor, so the plot still reads with no stylesheet at all. Meaning
 * never rides on colour: markers differ in shape, approximate CIs are dashed,
 * and every side and note is written out.
 */
import type { AxisRepeat, DirectionMark, ForestLayout, Marker, TextLine, TextRole, Whisker } from './marks/types.ts';
import { polygon } from './marks/polygon.ts';
import { round2 } from './scale.ts';
import { escapeXml } from './text.ts';

const FONT: Record<TextRole, { size: number; weight?: number; italic?: boolean }> = {
  heading: { size: 12, weight: 700 },
  label: { size: 13, weight: 700 },
  sublabel: { size: 11.5 },
  note: { size: 11.5, italic: true },
  value: { size: 13 },
  'value-note': { size: 11.5 },
  'summary-label': { size: 13, weight: 700 },
  stats: { size: 11.5 },
  tick: { size: 12 },
  'favours-benefit': { size: 12, weight: 700 },
  'favours-comparison': { size: 12 },
  'axis-title': { size: 11.5 },
};

function text(line: TextLine): string {
  const f = FONT[line.role];
  const attrs = [
    `x="${line.x}"`,
    `y="${line.y}"`,
    `class="f-${line.role}"`,
    `font-size="${f.size}"`,
    ...(f.weight ? [`font-weight="${f.weight}"`] : []),
    ...(f.italic ? ['font-style="italic"'] : []),
    ...(line.anchor !== 'start' ? [`text-anchor="${line.anchor}"`] : []),
  ];
  return `<text ${attrs.join(' ')}>${escapeXml(line.text)}</text>`;
}

const ARROW = { length: 6, half: 3.5 };

function arrow(x: number, y: number, pointing: 'left' | 'right', cls: string): string {
  const back = pointing === 'left' ? x + ARROW.length : x - ARROW.length;
  return `<path class="${cls}" d="${polygon([[x, y], [back, y - ARROW.half], [back, y + ARROW.half]])}" fill="currentColor"/>`;
}

function whisker(w: Whisker, cls: string): string {
  return [
    `<line class="${cls}" x1="${w.x1}" y1="${w.y}" x2="${w.x2}" y2="${w.y}" stroke="currentColor" stroke-width="1.5"${cls.includes('f-approx') ? ' stroke-dasharray="4 3"' : ''}/>`,
    ...(w.arrowLeft ? [arrow(w.x1, w.y, 'left', 'f-arrow')] : []),
    ...(w.arrowRight ? [arrow(w.x2, w.y, 'right', 'f-arrow')] : []),
  ].join('');
}

function marker(m: Marker): string {
  if (m.kind === 'square') {
    return `<rect class="f-square" x="${round2(m.cx - m.size / 2)}" y="${round2(m.cy - m.size / 2)}" width="${m.size}" height="${m.size}" fill="currentColor"/>`;
  }
  return `<circle class="f-hollow" cx="${m.cx}" cy="${m.cy}" r="${m.r}" fill="none" stroke="currentColor" stroke-width="1.5"/>`;
}

/** Colour classes by direction; shape, side and the row's words carry the meaning without them. */
const DIRECTION_CLASS = { benefit: 'f-dir-benefit', harm: 'f-dir-harm', 'no-difference': 'f-dir-neutral', mixed: 'f-dir-neutral', unclear: 'f-dir-neutral' } as const;

function directionMark(d: DirectionMark): string {
  const cls = `f-direction ${DIRECTION_CLASS[d.direction]}`;
  const stroke = `stroke="currentColor" stroke-width="2"`;
  switch (d.direction) {
    case 'no-difference':
      // A dot on the no-effect line, as "●" marks no clear difference in the site's tables.
      return `<circle class="${cls}" cx="${d.x1}" cy="${d.y}" r="4.5" fill="currentColor"/>`;
    case 'unclear':
      return `<text class="${cls}" x="${d.x1}" y="${round2(d.y + 4.5)}" font-size="13" font-weight="700" text-anchor="middle">?</text>`;
    case 'mixed':
      return `<line class="${cls}" x1="${round2(d.x1 + 5)}" y1="${d.y}" x2="${round2(d.x2 - 5)}" y2="${d.y}" ${stroke}/>${arrow(d.x1, d.y, 'left', cls)}${arrow(d.x2, d.y, 'right', cls)}`;
    default: {
      const pointing = d.x2 > d.x1 ? 'right' : 'left';
      const shaftEnd = pointing === 'right' ? d.x2 - 5 : d.x2 + 5;
      return `<line class="${cls}" x1="${d.x1}" y1="${d.y}" x2="${round2(shaftEnd)}" y2="${d.y}" ${stroke}/>${arrow(d.x2, d.y, pointing, cls)}`;
    }
  }
}

function axisLines(line: { x1: number; x2: number; y: number }, ticks: readonly { x: number; y1: number; y2: number }[]): string[] {
  return [
    `<line class="f-axis-line" x1="${line.x1}" y1="${line.y}" x2="${line.x2}" y2="${line.y}" stroke="currentColor" stroke-width="1"/>`,
    ...ticks.map((t) => `<line class="f-tick" x1="${t.x}" y1="${t.y1}" x2="${t.x}" y2="${t.y2}" stroke="currentColor" stroke-width="1"/>`),
  ];
}

function axisRepeat(a: AxisRepeat): string {
  return ['<g class="f-axis f-axis-repeat">', ...axisLines(a.line, a.ticks), ...a.text.map(text), '</g>'].join('\n');
}

/** The whole plot. `id` must be unique on the page: it names the title and description. */
export function forestSvg(layout: ForestLayout, id: string): string {
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="forest-svg forest-${layout.variant}" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" aria-labelledby="${id}-title ${id}-desc" data-scale="${layout.axis.type}" data-null="${layout.axis.nullValue}" fill="currentColor" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`,
    `<title id="${id}-title">${escapeXml(layout.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(layout.description)}</desc>`,
  );
  parts.push(...layout.header.map(text));
  parts.push(...layout.rules.map((l) => `<line class="f-rule" x1="${l.x1}" y1="${l.y}" x2="${l.x2}" y2="${l.y}" stroke="currentColor" stroke-width="1"/>`));
  parts.push(...layout.axisRepeats.map(axisRepeat));
  if (layout.wordsOnly) parts.push(...layout.wordsOnly.lines.map(text));
  parts.push(...layout.nullLine.segments.map((s) => `<line class="f-null" x1="${layout.nullLine.x}" y1="${s.y1}" x2="${layout.nullLine.x}" y2="${s.y2}" stroke="currentColor" stroke-width="1"/>`));

  for (const row of layout.rows) {
    parts.push(`<g class="f-row" data-key="${escapeXml(row.key)}">`);
    parts.push(...row.lines.map(text));
    if (row.whisker) parts.push(whisker(row.whisker, row.whisker.approximate ? 'f-ci f-approx' : 'f-ci'));
    if (row.marker) parts.push(marker(row.marker));
    if (row.directionMark) parts.push(directionMark(row.directionMark));
    if (row.beyondAxis && row.marker) parts.push(arrow(row.beyondAxis === 'left' ? row.marker.cx - 8 : row.marker.cx + 8, row.marker.cy, row.beyondAxis, 'f-arrow'));
    parts.push('</g>');
  }

  if (layout.summary) {
    const s = layout.summary;
    parts.push('<g class="f-summary">');
    parts.push(...s.lines.map(text));
    parts.push(`<path class="f-diamond" d="${s.diamond.path}" fill="currentColor"/>`);
    if (s.diamond.arrowLeft) parts.push(arrow(s.diamond.left - 2, s.diamond.y, 'left', 'f-arrow'));
    if (s.diamond.arrowRight) parts.push(arrow(s.diamond.right + 2, s.diamond.y, 'right', 'f-arrow'));
    if (s.prediction) parts.push(whisker(s.prediction, 'f-pi'));
    parts.push('</g>');
  }

  const a = layout.axisLine;
  parts.push('<g class="f-axis">');
  parts.push(...axisLines(a, layout.ticks));
  parts.push(...layout.axisText.map(text));
  parts.push('</g>');
  parts.push('</svg>');
  return parts.join('\n');
}
