// /data/interventions.json: every intervention with its ratings, reviews and effects downloads (documented at /data/).
import type { APIRoute } from 'astro';
import { getSite } from '../../content.ts';
import { interventionData } from '../../lib/interventions-data.ts';
import { dataLicence, dataPaths } from '../../lib/effects-data.ts';
import { absoluteUrl } from '../../lib/site-url.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const interventions = site.interventions.map((i) =>
    interventionData(i, { reviews: site.reviewsForIntervention(i.id).map((r) => r.id), effects: site.effectsForIntervention(i.id).length }),
  );
  const body = { title: 'Interventions', documentation: absoluteUrl(dataPaths.page), licence: dataLicence, interventions };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
