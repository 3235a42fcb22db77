/**
 * Text in an SVG does not wrap by itself, and the build has no font metrics,
 * so widths are estimated from an average character width. Generous on
 * purpose: a line that wraps early is better than one that overflows.
 */

const AVERAGE_CHAR = 0.56;
const AVERAGE_BOLD_CHAR = 0.62;

export function textWidth(text: string, size: number, bold = false): number {
  return [...text].length * size * (bold ? AVERAGE_BOLD_CHAR : AVERAGE_CHAR);
}

/** Greedy word wrap into lines no wider than `width`; a single over-long word keeps its own line. */
export function wrap(text: string, width: number, size: number, bold = false): string[] {
  const maxChars = Math.max(8, Math.floor(width / (size * (bold ? AVERAGE_BOLD_CHAR : AVERAGE_CHAR))));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if ([...candidate].length <= maxChars || line === '') line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Escapes text for an SVG/XML text node or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
