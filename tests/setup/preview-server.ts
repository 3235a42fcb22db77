// Serves the real build with `astro preview` for the browser tests, and stops it afterwards.
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { servePreview } from '../../scripts/lib/preview.ts';

export default async function startPreview(project: TestProject) {
  const preview = await servePreview(join(import.meta.dirname, '..', '..'));
  project.provide('baseUrl', preview.baseUrl);
  return () => preview.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
