/**
 * What the search box sends to Pagefind. Pagefind returns only pages holding
 * every word (measured: "does infant massage help bonding?" found 0 pages,
 * "infant massage bonding" 3), so a question's function words and the filler
 * of "does X help Y?" are left out, and the page says which words it left out.
 * A query made only of such words is sent as typed. No imports: it runs in the browser.
 */

/** Words that carry no topic in a question: function words, and the verbs of "does it help / work". */
const leaveOut = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'at', 'by', 'from', 'about', 'as', 'into',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'doing', 'can', 'could', 'will', 'would',
  'should', 'may', 'might', 'has', 'have', 'had', 'it', 'its', 'this', 'that', 'these', 'those', 'there',
  'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'if', 'whether',
  'i', 'me', 'my', 'we', 'our', 'you', 'your', 'they', 'their', 'them', 'he', 'she', 'his', 'her',
  'any', 'some', 'much', 'more', 'really', 'actually', 'there',
  'help', 'helps', 'helping', 'helpful', 'work', 'works', 'working', 'effective', 'good', 'useful', 'worth',
  'evidence', 'research', 'say', 'says', 'tell', 'know',
]);

export interface SearchWords {
  /** What Pagefind is asked: the content words, or the words as typed when nothing else is left. */
  query: string;
  /** Words left out, as typed, for the status line ("left out: does, help"). */
  leftOut: string[];
}

export function searchWords(typed: string): SearchWords {
  const words = typed.trim().split(/\s+/).filter(Boolean);
  const bare = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const kept = words.filter((w) => !leaveOut.has(bare(w)));
  if (kept.length === 0) return { query: words.join(' '), leftOut: [] };
  return { query: kept.map((w) => w.replace(/[?!.,;:]+$/, '')).join(' '), leftOut: words.filter((w) => leaveOut.has(bare(w))).map(bare) };
}
