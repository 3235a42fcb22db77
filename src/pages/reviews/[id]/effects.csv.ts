// /reviews/<id>/effects.csv: the rows of the page's effects table (documented at /data/).
import type { APIRoute } from 'astro';
import { effectsDownload, pagesWithEffects } from '../../../downloads.ts';

export const getStaticPaths = () => pagesWithEffects('review');
export const GET: APIRoute = ({ params }) => effectsDownload('review', params.id!, 'csv');
