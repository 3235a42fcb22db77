/**
 * The glossary's A–Z: every letter, linked to the first term that starts with
 * it, or shown unlinked where no term does (so the row never shifts).
 */
export interface LetterLink {
  letter: string;
  /** The id of the first term under this letter, if any. */
  firstId?: string | undefined;
}

/** "Ärzte" files under A, "3-5 years" under #: letters by their base form, anything else first. */
function letterOf(term: string): string {
  const base = term.trim().normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(base) ? base : '#';
}

export function glossaryLetters(terms: readonly { id: string; term: string }[]): LetterLink[] {
  const first = new Map<string, string>();
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
  for (const t of sorted) if (!first.has(letterOf(t.term))) first.set(letterOf(t.term), t.id);
  const letters = [...(first.has('#') ? ['#'] : []), ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  return letters.map((letter) => ({ letter, firstId: first.get(letter) }));
}
