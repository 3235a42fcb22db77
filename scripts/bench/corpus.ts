/**
 * Synthetic corpora for the benchmark: the committed content cloned under new
 * ids until there are `reviews` reviews, with interventions growing too (one
 * new intervention per `reviewsPerIntervention` reviews), so that pages, links,
 * compare pairs and search all grow as they would with real editors' work.
 *
 * Clones keep every quote, record and number verbatim and cite the same
 * sources, so every check the checker runs still runs (and passes) on them.
 * Only ids, titles and names change, and links between entries are re-pointed:
 *   - the cloned reviews are shared out evenly among the cloned interventions:
 *     each is about its cloned intervention in place of its first intervention
 *     (in `interventions` and in each effect's `interventions`);
 *   - `reportedIn` and a review of reviews' `includes` point at the clones in
 *     the same batch (the same copy number), where they exist.
 * Written into a folder the caller gives (a temporary one): never into content/.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, extname, basename } from 'node:path';
import { parseDocument, isSeq, isScalar, type Document } from 'yaml';

export interface CorpusOptions {
  /** Reviews in the corpus, the committed ones included (at least as many as are committed). */
  reviews: number;
  /** One cloned intervention per this many reviews (default 50). */
  reviewsPerIntervention?: number;
}

export interface Corpus {
  reviews: number;
  interventions: number;
  outcomes: number;
}

interface MdxFile {
  id: string;
  doc: Document;
  body: string;
}

/** Splits an MDX file into its frontmatter (as a YAML document that keeps its formatting) and its body. */
function readMdx(path: string): MdxFile {
  const text = readFileSync(path, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) throw new Error(`${path} has no frontmatter to clone`);
  return { id: basename(path, extname(path)), doc: parseDocument(m[1]!), body: text.slice(m[0].length) };
}

function writeMdx(path: string, doc: Document, body: string): void {
  // lineWidth 0: long quotes stay on one line, exactly as written.
  writeFileSync(path, `---\n${doc.toString({ lineWidth: 0 })}---\n${body}`);
}

/** Replaces ids in a list of references at `path` (a YAML sequence of plain ids). */
function mapIds(doc: Document, path: (string | number)[], map: (id: string) => string): void {
  const seq = doc.getIn(path, true);
  if (!isSeq(seq)) return;
  for (const item of seq.items) if (isScalar(item) && typeof item.value === 'string') item.value = map(item.value);
}

/** A clone's short link is its own id, and it takes none of its original's aliases: one name leads to one page. */
function uniqueLinks(doc: { has(key: string): boolean; set(key: string, value: unknown): void; delete(key: string): boolean }, id: string): void {
  if (doc.has('short')) doc.set('short', id);
  doc.delete('aliases');
}

/**
 * Writes a corpus of `options.reviews` reviews into `target` (a content/ folder),
 * cloned from the committed content in `from` (a content/ folder).
 */
export function generateCorpus(from: string, target: string, options: CorpusOptions): Corpus {
  const perIntervention = options.reviewsPerIntervention ?? 50;
  mkdirSync(target, { recursive: true });
  // Everything as committed first (sources, outcomes, glossary, events, texts and the originals).
  cpSync(from, target, { recursive: true });

  const mdxIn = (collection: string) =>
    readdirSync(join(from, collection)).filter((n) => n.endsWith('.mdx')).sort().map((n) => readMdx(join(from, collection, n)));
  const reviews = mdxIn('reviews');
  const interventions = mdxIn('interventions');
  if (options.reviews < reviews.length) throw new Error(`a corpus needs at least the ${reviews.length} committed reviews (asked for ${options.reviews})`);

  // Cloned interventions: number g is a copy of the committed intervention g mod their count.
  const interventionClones = Math.floor(options.reviews / perIntervention);
  const cloneOfIntervention = (g: number) => `${interventions[g % interventions.length]!.id}-x${g + 1}`;
  for (let g = 0; g < interventionClones; g++) {
    const parent = interventions[g % interventions.length]!;
    const doc = parent.doc.clone();
    doc.set('name', `${String(doc.get('name'))} (copy ${g + 1})`);
    if (doc.has('shortName')) doc.set('shortName', `${String(doc.get('shortName'))} ${g + 1}`);
    uniqueLinks(doc, cloneOfIntervention(g));
    writeMdx(join(target, 'interventions', `${cloneOfIntervention(g)}.mdx`), doc, parent.body);
  }

  const clones = options.reviews - reviews.length;
  const reviewIds = new Set(reviews.map((r) => r.id));
  const cloneId = (id: string, batch: number) => `${id}-b${batch + 1}`;
  const exists = (id: string, batch: number) => reviewIds.has(id) && batch * reviews.length + reviews.findIndex((r) => r.id === id) < clones;
  for (let k = 0; k < clones; k++) {
    const original = reviews[k % reviews.length]!;
    const batch = Math.floor(k / reviews.length);
    // Clones are shared out evenly, so every cloned intervention has reviews.
    const group = Math.floor((k * interventionClones) / clones);
    const doc = original.doc.clone();
    doc.set('title', `${String(doc.get('title'))} (copy ${batch + 1})`);
    // The review's first intervention becomes its group's cloned intervention, everywhere in the file.
    const first = doc.getIn(['interventions', 0]);
    if (group < interventionClones && typeof first === 'string') {
      const swap = (id: string) => (id === first ? cloneOfIntervention(group) : id);
      mapIds(doc, ['interventions'], swap);
      const effects = doc.get('effects', true);
      if (isSeq(effects)) effects.items.forEach((_, i) => mapIds(doc, ['effects', i, 'interventions'], swap));
    }
    const sameBatch = (id: string) => (exists(id, batch) ? cloneId(id, batch) : id);
    mapIds(doc, ['reportedIn'], sameBatch);
    mapIds(doc, ['design', 'includes'], sameBatch);
    uniqueLinks(doc, cloneId(original.id, batch));
    writeMdx(join(target, 'reviews', `${cloneId(original.id, batch)}.mdx`), doc, original.body);
  }
  const count = (c: string) => (existsSync(join(target, c)) ? readdirSync(join(target, c)).length : 0);
  return { reviews: count('reviews'), interventions: count('interventions'), outcomes: count('outcomes') };
}
