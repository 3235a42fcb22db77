import { z } from 'astro/zod';
import { id, idPattern } from './common.ts';

/** An alias: a name typed from a slide ("circle-of-security"), or a page's former address ("interventions/old-id"). */
export const aliasPattern = new RegExp(`^(?:(?:interventions|reviews)/)?${idPattern.source.slice(1, -1)}$`);

/**
 * Addresses that last, for interventions and reviews. Each is checked against
 * every other one and against the site's own sections by src/lib/short-links.ts.
 */
export const permanentLinks = {
  /**
   * The short link, /go/<short>/, printed on slides and in QR codes: "cos-p" gives
   * /go/cos-p/. Never change it once published. Without it, the id is used.
   */
  short: id.optional(),
  /**
   * Other addresses that lead here: names people type from a slide
   * ("circle-of-security" gives /circle-of-security/), and, after a rename, the
   * page's former address ("interventions/old-id"), so old links keep working.
   */
  aliases: z
    .array(z.string().regex(aliasPattern, 'must be a name in lower-case letters, digits and single hyphens ("circle-of-security"), or a former address of this page ("interventions/old-id")'))
    .min(1, 'list at least one alias, or leave the field out')
    .optional(),
};
