/**
 * `npm run check:content` (and the first step of every build): validates all
 * of content/ and prints every problem, each with its file, field and reason.
 * Exits non-zero on any problem, so nothing is published. Reads, never writes.
 */
import { loadContent, readSourceTexts, toRawSite } from './lib/load-content.ts';
import { checkReferences, formatProblems } from '../src/lib/integrity.ts';
import { checkConsistency } from '../src/lib/consistency.ts';
import { checkOwnWords, checkQuotes } from '../src/lib/truth.ts';
import { checkBodies } from './lib/check-bodies.ts';

const { entries, problems } = loadContent();
problems.push(...checkReferences(entries));
problems.push(...checkConsistency(toRawSite(entries).reviews));
problems.push(...checkBodies(entries)); // content rules for MDX bodies, and links between pages

const texts = readSourceTexts();
if (texts) {
  const bySource = new Map<string, string>();
  for (const e of entries) if (e.collection === 'sources') bySource.set(e.id, texts.get((e.data as { text: string }).text)!);
  problems.push(...checkQuotes(entries, bySource));
  const seeds = [...texts].filter(([path]) => path.startsWith('seeds/')).map(([, text]) => text);
  problems.push(...checkOwnWords(entries, seeds));
}

if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const counts = Object.entries(toRawSite(entries)).map(([c, list]) => `${list.length} ${c}`).join(', ');
console.log(`content ok: ${counts}${texts ? '; quotes checked against ../shared' : '; quotes NOT checked: ../shared is absent'}`);
