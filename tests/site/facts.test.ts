// The fact table, checked against the real build: what a reader must see.
import { describe, expect, it } from 'vitest';
import { facts } from './facts.ts';
import { page, readerText } from '../helpers/dist.ts';

describe('fact table', () => {
  for (const [url, texts] of Object.entries(facts)) {
    it(`${url} shows ${texts.join(' · ')}`, () => {
      const text = readerText(page(url).querySelector('main')!);
      for (const literal of texts) expect(text, `${url} should show "${literal}"`).toContain(literal);
    });
  }
});
