// /data/effects.json: every effect on the site, one row each (documented at /data/).
import type { APIRoute } from 'astro';
import { effectsDownload } from '../../downloads.ts';

export const GET: APIRoute = () => effectsDownload('all', '', 'json');
