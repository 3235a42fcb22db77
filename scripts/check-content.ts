/**
 * `npm run check:content` (and the first step of every build): validates all
 * of content/ and prints every problem, each with its file, field and reason.
 * Exits non-zero on any problem, so nothing is published. Reads, never writes.
 */
import { loadContent, projectRoot, toRawSite } from './lib/load-content.ts';
import { readHeldTexts, readSeeds } from './lib/source-texts.ts';
import { checkReferences, formatProblems } from '../src/lib/integrity.ts';
import { checkConsistency } from '../src/lib/consistency.ts';
import { checkClaimStrength, checkOwnWords, checkQuotes, checkStatedBases } from '../src/lib/truth.ts';

const { entries, problems } = loadContent();
problems.push(...checkReferences(entries));
problems.push(...checkConsistency(toRawSite(entries).reviews));

const site = toRawSite(entries);
const { held, sharedPresent, problems: missingTexts } = readHeldTexts(projectRoot, site.sources);
problems.push(...missingTexts, ...checkQuotes(entries, held), ...checkStatedBases(entries), ...checkClaimStrength(entries));
const seeds = readSeeds(projectRoot);
if (seeds) problems.push(...checkOwnWords(entries, seeds));

if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const counts = Object.entries(toRawSite(entries)).map(([c, list]) => `${list.length} ${c}`).join(', ');
console.log(`content ok: ${counts}${sharedPresent ? '; quotes and records checked against ../shared' : '; quotes and records from ../shared NOT checked: ../shared is absent'}`);
