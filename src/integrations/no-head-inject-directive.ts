/**
 * Removes the `"use astro:head-inject"` directive that Astro 7.3 still writes
 * into every MDX entry's `?astroPropagatedAssets` module. Nothing reads it any
 * more (withastro/astro#17095 made Astro find these modules by their id), and
 * Rolldown warns once per MDX file that it may not preserve the directive
 * (withastro/astro#18087), which buried real warnings in every build.
 *
 * Only that exact directive, only in those modules, is removed: any other
 * MODULE_LEVEL_DIRECTIVE warning still shows. Drop this plugin once Astro
 * stops emitting the directive.
 */
import type { Plugin } from 'vite';

const propagatedAssets = /[?&]astroPropagatedAssets(?:[&=]|$)/;
const directive = /^(\s*)(["'])use astro:head-inject\2;?/;

export function withoutHeadInjectDirective(code: string): string {
  return code.replace(directive, '$1');
}

export default function noHeadInjectDirective(): Plugin {
  return {
    name: 'attachment-evidence:no-head-inject-directive',
    enforce: 'post',
    transform: {
      filter: { id: propagatedAssets },
      handler(code) {
        const stripped = withoutHeadInjectDirective(code);
        return stripped === code ? null : { code: stripped, map: null };
      },
    },
  };
}
