/** Where ../shared (seeds, verified figures, reference cases) is, and whether this machine has it. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const sharedDir = join(root, '..', 'shared');
export const hasShared = existsSync(join(sharedDir, 'seeds'));
/** Said in the name of every test that needs ../shared, so a skip always explains itself. */
export const needsShared = hasShared ? '' : ' [skipped: ../shared is absent (e.g. a public CI), so the seed texts cannot be read]';
