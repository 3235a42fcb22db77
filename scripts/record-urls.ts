/**
 * `npm run record-urls`: adds every address the current build (dist/)
 * publishes and published-urls.txt does not list yet to the end of that list.
 * It only ever adds: an address, once published, stays listed, and the build
 * then refuses to drop it. Run it after building a new page and commit the list.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parsePublishedUrls, unlistedUrls } from '../src/lib/published-urls.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const listFile = join(root, 'published-urls.txt');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('There is no build in dist/ yet: run npm run build first.');
  process.exit(1);
}
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((name) => statSync(join(dist, name)).isFile())
  .map((name) => name.split(sep).join('/'));
const listed = existsSync(listFile) ? parsePublishedUrls(readFileSync(listFile, 'utf8')) : [];
const added = unlistedUrls(listed, files);
if (added.length > 0) appendFileSync(listFile, `${added.join('\n')}\n`);
console.log(`${added.length} new address${added.length === 1 ? '' : 'es'} added to published-urls.txt (${listed.length + added.length} listed).`);
