// /outcomes/<id>/effects.json: the rows of the page's effects table (documented at /data/).
import type { APIRoute } from 'astro';
import { effectsDownload, pagesWithEffects } from '../../../downloads.ts';

export const getStaticPaths = () => pagesWithEffects('outcome');
export const GET: APIRoute = ({ params }) => effectsDownload('outcome', params.id!, 'json');
