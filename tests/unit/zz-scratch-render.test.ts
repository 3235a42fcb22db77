import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { layoutForest, forestSvg } from '../../src/lib/forest/index.ts';
import { bcgPanel, effectsPanel } from '../../tests/unit/forest-fixtures.ts';
it('renders', () => {
  const panels = { bcg: bcgPanel(), yah: effectsPanel('yaholkoski'), wright: effectsPanel('wright') };
  let html = '<html><body style="font-family:system-ui;background:#fff;color:#1b1f24">';
  for (const [name, p] of Object.entries(panels)) {
    for (const variant of ['wide', 'narrow'] as const) {
      const svg = forestSvg(layoutForest(p, { variant }), `${name}-${variant}`);
      writeFileSync(`/tmp/forest-${name}-${variant}.svg`, svg);
      html += `<div style="border:1px solid #ccc;margin:4px;display:inline-block">${svg}</div>`;
    }
  }
  writeFileSync('/tmp/forest.html', html + '</body></html>');
});
