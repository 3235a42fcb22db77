/**
 * Checks that keep quotes honest: a quote must stand verbatim in its source
 * (up to white space), and every number stored beside it must appear in it.
 */

/** Collapse every run of white space (including line breaks from PDF or slide text) to one space. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export function quoteAppearsIn(quote: string, sourceText: string): boolean {
  return normaliseWhitespace(sourceText).includes(normaliseWhitespace(quote));
}

const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * The ways a number can be written in a source: 3171 as "3171" or "3,171";
 * 0.65 as "0.65" or ".65"; 9 as "nine". Digits must not run on into other
 * digits, so 10 is not found inside "100".
 */
export function numberAppearsIn(value: number, quote: string): boolean {
  const forms = new Set<string>();
  const plain = String(value);
  forms.add(plain);
  if (Math.abs(value) < 1 && value !== 0) forms.add(plain.replace(/^(-?)0\./, '$1.'));
  // Trailing zeros a source may print: 0.6 stored, "0.60" printed; 0 printed as "0.00" or "−0.00".
  forms.add(value.toFixed(2));
  if (Math.abs(value) < 1) forms.add(value.toFixed(2).replace(/^(-?)0\./, '$1.'));
  const squashed = quote.replace(/(\d),(\d{3})/g, '$1$2').replace(/−/g, '-');
  for (const form of forms) {
    const escaped = form.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
    if (new RegExp(`(?<![\\d.])${escaped}(?![\\d]|\\.\\d)`).test(squashed)) return true;
  }
  if (Number.isInteger(value) && value >= 0 && value < numberWords.length) {
    if (new RegExp(`\\b${numberWords[value]}\\b`, 'i').test(quote)) return true;
  }
  return false;
}
