/**
 * Astro's glob loader, except that the first sync of a start does not parse the
 * frontmatter of a file whose text is the same as when it was last stored.
 *
 * Why: glob parses every file's YAML before it compares the file's digest with
 * the stored one (astro/dist/content/loaders/glob.js, syncData), and for a file
 * whose digest is unchanged it uses what it parsed for nothing but the entry's
 * id. At 5,000 reviews that parsing is 1.8 s of every `astro dev` start and of
 * every build after the first (BENCHMARKS.md, "Editors' loop").
 *
 * How: glob reads each file through the entry type of its extension, which
 * Astro hands every loader as `entryTypes` (at run time; its public type leaves
 * it out). For an unchanged file ours answers with the stored entry's id as the
 * frontmatter's `slug`, which glob takes as the id; glob then finds the stored
 * entry, sees the same digest and keeps it as it was. Everything else is glob's
 * own: new and changed files, deleted ones, and every change `astro dev` sees
 * after its start, which is parsed as glob always parses it.
 */
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';

/** The part of Astro's entry type (one per file extension) that reads a file. */
interface EntryType {
  getEntryInfo(file: { contents: string; fileUrl: URL }): Promise<unknown> | unknown;
}
type ContextWithEntryTypes = LoaderContext & { entryTypes?: Map<string, EntryType> };

export function contentGlob(options: { base: string; pattern: string }): Loader {
  const inner = glob(options);
  return {
    name: 'content-glob',
    load: async (context: ContextWithEntryTypes) => {
      const { entryTypes, store, config, generateDigest } = context;
      if (!(entryTypes instanceof Map)) {
        throw new Error(
          'src/lib/content-loader.ts: Astro no longer hands loaders its entry types (LoaderContext.entryTypes); ' +
            'use glob() from astro/loaders in src/content.config.ts instead of contentGlob()',
        );
      }
      // Where each stored entry came from, as its absolute path: its id and the digest of its text then.
      // (An entry without a file is filed under the root folder, which is never a file glob reads.)
      const stored = new Map<string, { id: string; digest: string | number | undefined }>();
      for (const entry of store.values()) {
        stored.set(fileURLToPath(new URL(entry.filePath ?? '', config.root)), { id: entry.id, digest: entry.digest });
      }
      let starting = true;
      const reading = new Map<string, EntryType>();
      for (const [extension, type] of entryTypes) {
        // A new object over the old one keeps the rest of the entry type (its render function, its module types).
        const ours: EntryType = Object.create(type as object);
        ours.getEntryInfo = (file) => {
          const known = starting ? stored.get(fileURLToPath(file.fileUrl)) : undefined;
          if (known !== undefined && known.digest === generateDigest(file.contents)) {
            // glob reads nothing else of an unchanged file (not even its body) before it keeps the stored entry.
            return { data: { slug: known.id } };
          }
          return type.getEntryInfo(file);
        };
        reading.set(extension, ours);
      }
      try {
        await inner.load({ ...context, entryTypes: reading } as ContextWithEntryTypes);
      } finally {
        starting = false;
      }
    },
  };
}
