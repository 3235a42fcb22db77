// Site and browser tests read the real build. They never build it themselves
// (that is the test script's first step), and never pass without it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export default function requireBuild() {
  const index = join(import.meta.dirname, '..', '..', 'dist', 'index.html');
  if (!existsSync(index)) {
    throw new Error(`No build found at ${index}. Run "npm test" (it builds first) or "npm run build" before these tests.`);
  }
}
