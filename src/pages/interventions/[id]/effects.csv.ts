// /interventions/<id>/effects.csv: the rows of the page's effects table (documented at /data/).
import type { APIRoute } from 'astro';
import { effectsDownload, pagesWithEffects } from '../../../downloads.ts';

export const getStaticPaths = () => pagesWithEffects('intervention');
export const GET: APIRoute = ({ params }) => effectsDownload('intervention', params.id!, 'csv');
