/**
 * `npm run new -- <kind> <id>`: writes a new content file from a template in
 * scripts/templates/, with every field explained by a comment, for an editor
 * to fill in. It never overwrites: an existing file is left as it is.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { idPattern } from '../src/schemas/common.ts';

const kinds = {
  review: { folder: 'reviews', template: 'review.mdx' },
  intervention: { folder: 'interventions', template: 'intervention.mdx' },
  outcome: { folder: 'outcomes', template: 'outcome.mdx' },
  source: { folder: 'sources', template: 'source.yaml' },
} as const;
type Kind = keyof typeof kinds;

export class NewEntryError extends Error {
  override name = 'NewEntryError';
}

/** Writes the file and returns its path from the project root; throws NewEntryError with an editor's message. */
export function newEntry(root: string, kind: string | undefined, id: string | undefined): string {
  const usage = `usage: npm run new -- <${Object.keys(kinds).join('|')}> <id>, e.g. npm run new -- review smith-2024`;
  if (kind === undefined || !(kind in kinds)) throw new NewEntryError(`${kind === undefined ? 'say what to create' : `"${kind}" is not something we can create`}; ${usage}`);
  if (id === undefined) throw new NewEntryError(`give the new file an id; ${usage}`);
  if (!idPattern.test(id)) throw new NewEntryError(`"${id}" cannot be an id: use lower-case letters, digits and single hyphens, e.g. smith-2024`);
  const { folder, template } = kinds[kind as Kind];
  const path = join(root, 'content', folder, `${id}${template.slice(template.lastIndexOf('.'))}`);
  const text = readFileSync(join(import.meta.dirname, 'templates', template), 'utf8').replaceAll(kind === 'source' ? 'SOURCE-ID' : '\0', id);
  try {
    writeFileSync(path, text, { flag: 'wx' }); // wx: fail rather than overwrite an editor's file
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new NewEntryError(`${relative(root, path)} already exists; it was not changed. Choose another id, or edit that file.`);
    throw error;
  }
  return relative(root, path);
}

if (import.meta.main) {
  try {
    const file = newEntry(join(import.meta.dirname, '..'), process.argv[2], process.argv[3]);
    console.log(`wrote ${file}: fill in the fields (each is explained in the file), then run npm run check:content`);
  } catch (error) {
    if (!(error instanceof NewEntryError)) throw error;
    console.error(`new: ${error.message}`);
    process.exit(1);
  }
}
