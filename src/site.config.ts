/**
 * The one place that knows where the site lives. Links printed on slides and
 * QR codes are built from these, so change them only with redirects in place.
 */
export const site = {
  /** Name shown in the header, titles and feeds. */
  name: 'Attachment Evidence',
  /** Short description for search engines and link previews. */
  tagline:
    'What the research says about interventions for parent–infant attachment and perinatal mental health.',
  /** Public origin, without a trailing slash. Overridable at build time for previews. */
  origin: process.env.SITE_ORIGIN ?? 'https://attachment-evidence.org',
  /** Base path the site is served under: '/' at the root of its host. */
  base: process.env.SITE_BASE ?? '/',
  /** Where editors propose changes. */
  repository: 'https://github.com/attachment-evidence/attachment-evidence',
} as const;
