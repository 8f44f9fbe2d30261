import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixSveltia } from '../../src/cms/sveltia-fixes';
import { ROOT } from '../helpers/build';

const bundle = readFileSync(join(ROOT, 'node_modules/@sveltia/cms/dist/sveltia-cms.mjs'), 'utf8');

describe("our fixes to Sveltia CMS's script", () => {
  it('let the English/Welsh switch read a language the page does not have as one with no errors', () => {
    const fixed = fixSveltia(bundle);
    expect(fixed.length - bundle.length).toBe('??{}'.length);
    expect(fixed).toMatch(/Object\.values\(\w+\(\w+\)\[\w+\]\?\?\{\}\)\.some\(\(\{valid:/);
  });

  it('stop the build, naming the fix, when Sveltia no longer has what it fixes', () => {
    expect(() => fixSveltia('export default {};')).toThrow(/src\/cms\/sveltia-fixes\.ts/);
  });
});
