/**
 * The one place pages get content from. Every collection is read once, links
 * between entries are checked (a broken one stops the build, naming file and
 * field), and pages query the resulting model.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
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

/** The prose body of an entry, rendered: only src/components/EntryBody.astro calls this. */
export { render, getEntry } from 'astro:content';
