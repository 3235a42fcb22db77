/** A site path with the configured base path in front: every internal link goes through this. */
export function href(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;
}
