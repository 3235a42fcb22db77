/**
 * The data downloads as Astro endpoints serve them: the effects behind a
 * review, intervention or outcome page (or the whole site), from the same
 * site model and the same effect records the page's table shows.
 */
import { getSite } from './content.ts';
import type { EffectRecord, Site } from './lib/model.ts';
import { paths } from './lib/model.ts';
import { dataLicence, dataPaths, effectDataRow, effectsCsv, effectsJson } from './lib/effects-data.ts';
import { absoluteUrl } from './lib/site-url.ts';
import { bibtexCitation, publicationCitation, risCitation, type PublicationCitation } from './lib/citation.ts';
import { interventionLabel } from './lib/labels.ts';

export type EffectsPage = 'review' | 'intervention' | 'outcome';

/** The records a page's effects table lists, in the same order, and what the page is. */
function pageEffects(site: Site, kind: EffectsPage | 'all', id: string): { records: EffectRecord[]; title: string; page: string } {
  switch (kind) {
    case 'review':
      return { records: site.effectsForReview(id), title: `Effects reported by ${site.review(id).data.title}`, page: paths.review(id) };
    case 'intervention': {
      const d = site.intervention(id).data;
      return { records: site.effectsForIntervention(id), title: `Effects reported for ${interventionLabel(d)}`, page: paths.intervention(id) };
    }
    case 'outcome':
      return { records: site.effectsForOutcome(id), title: `Effects on ${site.outcome(id).data.name.toLowerCase()}`, page: paths.outcome(id) };
    case 'all':
      return { records: site.effects, title: 'Every effect on the site', page: dataPaths.page };
  }
}

/** Pages of a kind that show at least one effect: only those get downloads (and the links to them). */
export async function pagesWithEffects(kind: EffectsPage): Promise<{ params: { id: string } }[]> {
  const site = await getSite();
  const ids = kind === 'review' ? site.reviews.map((r) => r.id) : kind === 'intervention' ? site.interventions.map((i) => i.id) : site.outcomes.map((o) => o.id);
  return ids.filter((id) => pageEffects(site, kind, id).records.length > 0).map((id) => ({ params: { id } }));
}

export async function effectsDownload(kind: EffectsPage | 'all', id: string, format: 'csv' | 'json'): Promise<Response> {
  const site = await getSite();
  const { records, title, page } = pageEffects(site, kind, id);
  const rows = records.map((r) => effectDataRow(r, (sourceId) => site.source(sourceId).data));
  if (format === 'csv') return new Response(effectsCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  const body = effectsJson(rows, { title, page: absoluteUrl(page), documentation: absoluteUrl(dataPaths.page), licence: dataLicence });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** Reviews whose publication we can cite in full: only those get BibTeX and RIS files. */
export async function citableReviews(): Promise<{ params: { id: string } }[]> {
  const site = await getSite();
  return site.reviews.filter((r) => reviewCitation(site, r.id).complete).map((r) => ({ params: { id: r.id } }));
}

export function reviewCitation(site: Site, reviewId: string): PublicationCitation {
  const publication = site.review(reviewId).data.publication.id;
  return publicationCitation(publication, site.source(publication).data);
}

export async function citationDownload(reviewId: string, format: 'bibtex' | 'ris'): Promise<Response> {
  const citation = reviewCitation(await getSite(), reviewId);
  if (!citation.complete) throw new Error(`no complete citation for ${reviewId}`);
  return format === 'bibtex'
    ? new Response(bibtexCitation(citation.csl), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } })
    : new Response(risCitation(citation.csl), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
}
