// /reviews/<id>/citation.ris: the review's publication as ris, only where our record of it is complete.
import type { APIRoute } from 'astro';
import { citableReviews, citationDownload } from '../../../downloads.ts';

export const getStaticPaths = () => citableReviews();
export const GET: APIRoute = ({ params }) => citationDownload(params.id!, 'ris');
