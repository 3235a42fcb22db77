// The content loader is Astro's own glob() with one short cut: a start with a saved
// data store does not parse again the files whose text has not changed. Run here
// against Astro's real glob loader, with the context Astro gives it played by a small
// in-memory store, so a change in how glob uses what it reads shows here.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import type { LoaderContext } from 'astro/loaders';
import { contentGlob } from '../../src/lib/content-loader.ts';

type Entry = { id: string; data: Record<string, unknown>; body?: string; filePath?: string; digest?: string; deferredRender?: boolean };

let root: string;
/** Which files the entry type was asked to parse, by name. */
let parsed: string[];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ae-loader-'));
  parsed = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (name: string, title: string, extra = '') => writeFileSync(join(root, 'reviews', name), `---\ntitle: ${title}\n${extra}---\n\nBody of ${title}.\n`);

/** Astro's MDX entry type, as far as glob uses it: frontmatter and body, counted. */
const mdxType = {
  extensions: ['.mdx'],
  contentModuleTypes: '',
  getEntryInfo({ contents, fileUrl }: { contents: string; fileUrl: URL }) {
    parsed.push(fileURLToPath(fileUrl).split('/').at(-1)!);
    const [, front, body] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(contents)!;
    const data = (yaml.load(front!) ?? {}) as Record<string, unknown>;
    return { data, body: body!.trim(), slug: data.slug };
  },
};

/** What Astro hands a loader: the store is the saved one, carried from start to start. */
function context(store: Map<string, Entry>, watcher?: EventEmitter & { add(path: string): void }): LoaderContext {
  const rootUrl = pathToFileURL(`${root}/`);
  const quiet = () => {};
  return {
    collection: 'reviews',
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Entry) => (store.set(entry.id, entry), true),
      keys: () => [...store.keys()],
      values: () => [...store.values()],
      entries: () => [...store.entries()],
      delete: (id: string) => store.delete(id),
      has: (id: string) => store.has(id),
      clear: () => store.clear(),
      addModuleImport: quiet,
    },
    config: { root: rootUrl, srcDir: new URL('src/', rootUrl) },
    logger: { info: quiet, warn: quiet, error: quiet, debug: quiet },
    parseData: async ({ data }: { data: Record<string, unknown> }) => ({ ...data, checked: true }),
    generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
    watcher,
    entryTypes: new Map([['.mdx', mdxType]]),
  } as unknown as LoaderContext;
}

const load = (store: Map<string, Entry>, watcher?: EventEmitter & { add(path: string): void }) =>
  contentGlob({ base: './reviews', pattern: '*.mdx' }).load(context(store, watcher));

function setUp(): Map<string, Entry> {
  mkdirSync(join(root, 'reviews'));
  write('alpha.mdx', 'Alpha');
  write('beta.mdx', 'Beta');
  return new Map();
}

describe('the content loader', () => {
  it('parses every file on a first start, as glob does', async () => {
    const store = setUp();
    await load(store);
    expect(parsed.sort()).toEqual(['alpha.mdx', 'beta.mdx']);
    expect(store.get('alpha')).toMatchObject({ data: { title: 'Alpha', checked: true }, body: 'Body of Alpha.', filePath: 'reviews/alpha.mdx', deferredRender: true });
    expect(store.get('beta')!.data).toEqual({ title: 'Beta', checked: true });
  });

  it('on a start with a saved store, parses only the files that changed, were added, and keeps the rest as stored', async () => {
    const store = setUp();
    await load(store);
    const alpha = store.get('alpha');
    write('beta.mdx', 'Beta, edited');
    write('gamma.mdx', 'Gamma');
    parsed = [];
    await load(store);
    expect(parsed.sort()).toEqual(['beta.mdx', 'gamma.mdx']);
    expect(store.get('alpha')).toBe(alpha);
    expect(store.get('alpha')!.data).toEqual({ title: 'Alpha', checked: true });
    expect(store.get('beta')!.data).toEqual({ title: 'Beta, edited', checked: true });
    expect(store.get('gamma')!.data).toEqual({ title: 'Gamma', checked: true });
    expect([...store.keys()].sort()).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('drops the entry of a deleted file, and parses nothing when nothing changed', async () => {
    const store = setUp();
    await load(store);
    unlinkSync(join(root, 'reviews', 'beta.mdx'));
    parsed = [];
    await load(store);
    expect(parsed).toEqual([]);
    expect([...store.keys()]).toEqual(['alpha']);
  });

  it('keeps an id given by a slug in the frontmatter', async () => {
    const store = setUp();
    write('alpha.mdx', 'Alpha', 'slug: first\n');
    await load(store);
    parsed = [];
    await load(store);
    expect(parsed).toEqual([]);
    expect([...store.keys()].sort()).toEqual(['beta', 'first']);
    expect(store.get('first')!.data).toEqual({ title: 'Alpha', slug: 'first', checked: true });
  });

  it('parses a file changed while the server runs, even back to the text it had at the start', async () => {
    const store = setUp();
    await load(store);
    const watcher = Object.assign(new EventEmitter(), { add: () => {} });
    parsed = [];
    await load(store, watcher);
    expect(parsed).toEqual([]);
    const file = join(root, 'reviews', 'beta.mdx');
    const changed = async () => {
      const done = new Promise((resolve) => setTimeout(resolve, 50));
      watcher.emit('change', file);
      await done;
    };
    write('beta.mdx', 'Beta, edited');
    await changed();
    expect(store.get('beta')!.data).toEqual({ title: 'Beta, edited', checked: true });
    // The stored entry is now the edited one: the text of the start is a change again.
    write('beta.mdx', 'Beta');
    await changed();
    expect(parsed).toEqual(['beta.mdx', 'beta.mdx']);
    expect(store.get('beta')!.data).toEqual({ title: 'Beta', checked: true });
  });

  it('is named for the messages Astro prints about it ("[content-glob] Reloaded data from …")', () => {
    expect(contentGlob({ base: './reviews', pattern: '*.mdx' }).name).toBe('content-glob');
  });

  it('says what to do if Astro stops handing loaders its entry types', async () => {
    setUp();
    const bare = { ...context(new Map()), entryTypes: undefined } as unknown as LoaderContext;
    await expect(contentGlob({ base: './reviews', pattern: '*.mdx' }).load(bare)).rejects.toThrow(
      'Astro no longer hands loaders its entry types (LoaderContext.entryTypes); use glob() from astro/loaders in src/content.config.ts instead of contentGlob()',
    );
  });
});
