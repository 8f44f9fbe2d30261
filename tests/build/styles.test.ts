import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { siteFiles } from '../helpers/site-files';

describe('the built stylesheets', () => {
  const dir = inject('siteDir');
  const sheets = siteFiles(dir).filter((f) => f.endsWith('.css'));

  it('exist', () => {
    expect(sheets.length).toBeGreaterThan(0);
  });

  // Sass passes a function it does not know through as plain CSS, which browsers then ignore: a
  // pop-up with no background, a button with no colour. Every nhsuk- helper must have been run.
  it.each(sheets)('%s calls no Sass function that was never resolved', (file) => {
    const css = readFileSync(join(dir, file), 'utf8');
    expect(css.match(/nhsuk-[a-z-]+\([^)]*\)/g) ?? []).toEqual([]);
    expect(css.match(/\$[a-z][\w-]*/g) ?? []).toEqual([]);
  });
});
