/**
 * The one place pages get content from. Every collection is read once, links
 * between entries are checked (a broken one stops the build, naming file and
 * field), and pages query the resulting model.
 */
import { getCollection, getEntry, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { buildSite, type Entry, type Site } from './lib/model.ts';

async function entries<C extends CollectionKey>(collection: C): Promise<Entry<CollectionEntry<C>['data']>[]> {
  const list = await getCollection(collection);
  return list.map((e) => ({ id: e.id, file: e.filePath ?? `content/${collection}/${e.id}`, data: e.data }));
}

let site: Promise<Site> | undefined;

export function getSite(): Promise<Site> {
  site ??= (async () =>
    buildSite({
      sources: await entries('sources'),
      interventions: await entries('interventions'),
      reviews: await entries('reviews'),
      outcomes: await entries('outcomes'),
      glossary: await entries('glossary'),
      events: await entries('events'),
    }))();
  return site;
}

/** The prose body of an entry, rendered: only src/components/EntryBody.astro (and bodyHeadings below) call this. */
export { render, getEntry };

/** An entry body's level-2 headings (id and text), for the page's contents list. */
export async function bodyHeadings(collection: 'interventions' | 'reviews' | 'outcomes' | 'events', id: string): Promise<{ id: string; label: string }[]> {
  const entry = await getEntry(collection, id);
  if (!entry) return [];
  const { headings } = await render(entry);
  return headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, label: h.text }));
}
