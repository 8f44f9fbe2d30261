import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { TOPICS } from '../../src/schemas/common';
import { guideSchema } from '../../src/schemas/guide';
import { checklistSchema } from '../../src/schemas/checklist';
import { ROOT } from '../helpers/build';
import { siteFiles } from '../helpers/site-files';

const guidesDir = join(ROOT, 'content/guides');
const guides = readdirSync(guidesDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const text = readFileSync(join(guidesDir, file), 'utf8');
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    return {
      slug: file.replace(/\.mdx$/, ''),
      data: guideSchema.parse(parse(frontmatter)),
      body: text.slice(frontmatter.length + 8),
    };
  });
const today = new Date();

describe('the guidance covers what staff need', () => {
  it('has guides in every topic', () => {
    for (const topic of TOPICS)
      expect(guides.filter((g) => g.data.topic === topic).length, topic).toBeGreaterThanOrEqual(3);
  });

  it('gives every guide sources, keywords and a current review', () => {
    for (const { slug, data } of guides) {
      expect(data.sources.length, slug).toBeGreaterThan(0);
      expect(data.keywords.length, slug).toBeGreaterThanOrEqual(3);
      expect(data.reviewed.getTime(), `${slug} reviewed`).toBeLessThanOrEqual(today.getTime());
      expect(data.reviewDue.getTime(), `${slug} reviewDue`).toBeGreaterThan(today.getTime());
    }
  });

  it('puts the urgent situations one tap from the home page', () => {
    const urgent = guides
      .filter((g) => g.data.urgent)
      .map((g) => g.slug)
      .sort();
    for (const slug of ['clicked-a-link', 'someone-knows-my-password', 'lost-or-stolen-device', 'systems-are-down'])
      expect(urgent).toContain(slug);
    const home = readFileSync(join(inject('siteDir'), 'index.html'), 'utf8');
    for (const slug of urgent) expect(home).toContain(`href="/guides/${slug}/"`);
  });

  it('links only to guides that exist, in related lists and in the text', () => {
    const slugs = new Set(guides.map((g) => g.slug));
    for (const { slug, data, body } of guides) {
      for (const related of data.related) expect(slugs.has(related), `${slug} related: ${related}`).toBe(true);
      for (const [, target] of body.matchAll(/\]\(\/guides\/([a-z0-9-]+)\/?[)#]/g))
        expect(slugs.has(target), `${slug} links to ${target}`).toBe(true);
    }
  });

  it('has checklists for the situations staff meet', () => {
    const dir = join(ROOT, 'content/checklists');
    const names = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(names.length).toBeGreaterThanOrEqual(7);
    for (const name of names)
      expect(checklistSchema.safeParse(parse(readFileSync(join(dir, name), 'utf8'))).success, name).toBe(true);
  });

  it('has at least 40 tips and 12 practice scenarios', () => {
    expect((parse(readFileSync(join(ROOT, 'content/tips.yaml'), 'utf8')) as unknown[]).length).toBeGreaterThanOrEqual(
      40,
    );
    expect(
      readdirSync(join(ROOT, 'content/scenarios')).filter((f) => f.endsWith('.yaml')).length,
    ).toBeGreaterThanOrEqual(12);
  });

  it('leaves no internal link in the built site pointing nowhere', () => {
    const dir = inject('siteDir');
    const broken: string[] = [];
    for (const page of siteFiles(dir).filter((f) => f.endsWith('.html'))) {
      for (const [, href] of readFileSync(join(dir, page), 'utf8').matchAll(/href="(\/[^"#?]*)/g)) {
        const target = join(dir, href, href.endsWith('/') ? 'index.html' : '');
        if (!existsSync(target)) broken.push(`${page} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
