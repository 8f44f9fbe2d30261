import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { buildLogOf } from '../helpers/build';

// Editors read the build log to find what they got wrong. A warning there must be about their
// content, or they learn to skip warnings and miss the one that matters.
describe('the build log', () => {
  const sites = [
    ['the site at /', inject('siteDir')],
    ['the site under /trust/cyber/', inject('subPathSiteDir')],
    ['the example trust', inject('exampleSiteDir')],
  ] as const;

  it.each(sites)('of %s warns only about content', (_, dir) => {
    const log = readFileSync(buildLogOf(dir), 'utf8');
    expect(log).toContain('page(s) built in');
    const warnings = log.split('\n').filter((line) => /\[(WARN|ERROR)\]/.test(line));
    expect(warnings.filter((line) => !line.includes('[content checks]'))).toEqual([]);
  });
});
