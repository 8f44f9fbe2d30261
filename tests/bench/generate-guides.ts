// Writes N synthetic guides as a trust overlay (SITE_OVERLAY), for `npm run bench`. Their words come
// from the real guides in content/guides, shuffled into the structure a real guide has: headings,
// steps, lists, a table, callouts, an expander, do and don't lists and links; about 740 words each.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { TOPICS } from '../../src/schemas/common.ts';

/** The real guides' words and fields, split into the kinds of text a guide is made of. */
interface Pools {
  sentences: string[];
  items: string[];
  steps: string[];
  headings: string[];
  questions: string[];
  titles: string[];
  summaries: string[];
  keywords: string[];
  owners: string[];
  sources: { title: string; url: string }[];
  slugs: string[];
}

/** Text that MDX would read as code or markup: left out of the pools. */
const NOT_PLAIN = /[{}<>|*_`\\[\]#]/;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const unique = <T>(list: T[]) => [...new Set(list)];
/** Markdown links become their text; bold and italics lose their marks. */
const plain = (text: string) =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*?|__?/g, '')
    .trim();

/** Reads every real guide into the pools the synthetic guides are made from. */
export function readPools(guidesDir: string): Pools {
  const pools: Pools = {
    sentences: [],
    items: [],
    steps: [],
    headings: [],
    questions: [],
    titles: [],
    summaries: [],
    keywords: [],
    owners: [],
    sources: [],
    slugs: [],
  };
  for (const file of readdirSync(guidesDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const text = readFileSync(join(guidesDir, file), 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const data = parse(front) as {
      title: string;
      summary: string;
      keywords: unknown[];
      owner: string;
      sources: { title: string; url: string }[];
    };
    pools.slugs.push(basename(file, '.mdx'));
    pools.titles.push(data.title);
    pools.summaries.push(data.summary);
    pools.keywords.push(...data.keywords.map(String));
    pools.owners.push(data.owner);
    pools.sources.push(...data.sources);
    for (const line of body.split('\n')) {
      const trimmed = line.trim();
      if (trimmed.startsWith('## ') || trimmed.startsWith('### '))
        pools.headings.push(plain(trimmed.replace(/^#+\s*/, '')));
      else if (/^\d+\.\s/.test(trimmed)) pools.steps.push(plain(trimmed.replace(/^\d+\.\s*/, '')));
      else if (trimmed.startsWith('- ')) pools.items.push(plain(trimmed.slice(2)));
      else if (/^<Details summary="([^"]+)"/.test(trimmed)) pools.questions.push(/summary="([^"]+)"/.exec(trimmed)![1]);
      else if (trimmed && !trimmed.startsWith('<') && !trimmed.startsWith('---')) {
        pools.sentences.push(...plain(trimmed).split(/(?<=[.!?])\s+(?=[A-Z"])/));
      }
    }
  }
  const fit = (list: string[], min: number, max: number) =>
    unique(list).filter((s) => !NOT_PLAIN.test(s) && words(s) >= min && words(s) <= max && !s.includes('"'));
  pools.sentences = fit(pools.sentences, 5, 28).filter((s) => /[.!?]$/.test(s));
  pools.items = fit(pools.items, 2, 22);
  pools.steps = fit(pools.steps, 3, 30);
  pools.headings = fit(pools.headings, 1, 9);
  pools.questions = fit(pools.questions, 2, 12);
  pools.keywords = unique(pools.keywords).filter((k) => !NOT_PLAIN.test(k) && !/[,:]/.test(k));
  pools.owners = unique(pools.owners);
  pools.sources = [...new Map(pools.sources.map((s) => [s.url, s])).values()];
  return pools;
}

/** A small seeded random number generator (mulberry32): the same guide every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slugFor = (index: number) => `sample-guide-${String(index + 1).padStart(4, '0')}`;
const iso = (date: Date) => date.toISOString().slice(0, 10);
const yamlString = (text: string) => JSON.stringify(text);

/** One synthetic guide: frontmatter and MDX body. Guide `index` is the same whatever the count, bar its links. */
export function guideText(pools: Pools, index: number, count: number, today = new Date()): string {
  const random = seeded(index + 1);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const picks = <T>(list: T[], n: number): T[] => {
    const chosen = new Set<T>();
    while (chosen.size < Math.min(n, list.length)) chosen.add(pick(list));
    return [...chosen];
  };
  const paragraph = (n: number) => picks(pools.sentences, n).join(' ');
  const headings = picks(pools.headings, 7);
  const topic = TOPICS[index % TOPICS.length];
  const next = slugFor((index + 1) % count);
  const later = slugFor((index + 7) % count);
  const central = pick(pools.slugs);
  const source = pick(pools.sources);
  const reviewDue = new Date(today.getTime() + 2 * 365 * 86_400_000);
  const rows = picks(
    pools.items.filter((i) => words(i) <= 8),
    12,
  );

  const front = [
    '---',
    `title: ${yamlString(`${pick(pools.titles)} (${index + 1})`.slice(0, 90))}`,
    `summary: ${yamlString(pick(pools.summaries))}`,
    `topic: ${topic}`,
    `audience: ${['all-staff', 'clinical', 'managers'][index % 3]}`,
    `keywords: [${picks(pools.keywords, 6).map(yamlString).join(', ')}]`,
    `reviewed: ${iso(today)}`,
    `reviewDue: ${iso(reviewDue)}`,
    `owner: ${yamlString(pick(pools.owners))}`,
    'sources:',
    ...picks(pools.sources, 2).flatMap((s) => [`  - title: ${yamlString(s.title)}`, `    url: ${s.url}`]),
    `order: ${100 + index}`,
    `related: [${unique([next, later])
      .filter((s) => s !== slugFor(index))
      .join(', ')}]`,
    '---',
  ];
  const body = [
    paragraph(3),
    `<Callout type="${pick(['info', 'warning', 'urgent'])}" title="${pick(pools.headings)}">\n${paragraph(2)}\n</Callout>`,
    `## ${headings[0]}`,
    paragraph(4),
    picks(pools.items, 5)
      .map((i) => `- ${i}`)
      .join('\n'),
    `## ${headings[1]}`,
    `<Steps>\n\n${picks(pools.steps, 6)
      .map((s, n) => `${n + 1}. ${s}`)
      .join('\n')}\n\n</Steps>`,
    `## ${headings[2]}`,
    paragraph(3),
    [
      '| Situation | What to do | Who to tell |',
      '| --- | --- | --- |',
      ...[0, 3, 6, 9].map((r) => `| ${rows[r]} | ${rows[r + 1]} | ${rows[r + 2]} |`),
    ].join('\n'),
    `### ${headings[3]}`,
    paragraph(3),
    `### ${headings[4]}`,
    paragraph(3),
    `## ${headings[5]}`,
    `<DoDont do={${JSON.stringify(picks(pools.items, 3))}} dont={${JSON.stringify(picks(pools.items, 3))}} />`,
    `${paragraph(2)} See [${pick(pools.headings).toLowerCase()}](/guides/${next}/) and [the guide on this](/guides/${central}/). ${paragraph(1)} There is more from [${source.title}](${source.url}).`,
    `<Details summary="${pick(pools.questions)}">\n${paragraph(3)}\n</Details>`,
    ...(index % 3 === 0 ? ['<ContactCard name="serviceDesk" />'] : []),
    `## ${headings[6]}`,
  ];
  // Paragraphs until the guide reads about 740 words, like the content Starlight was measured on.
  const counted = () => words(body.join(' ').replace(/<[^>]*>|[#|*\-[\]()]|\d+\./g, ' '));
  while (counted() < 730) body.push(paragraph(3));
  return `${front.join('\n')}\n\n${body.join('\n\n')}\n`;
}

/**
 * Writes an overlay folder with `count` guides spread over every topic, and a site.yaml that lifts the
 * offline budget (a big synthetic site is over the real one's budget by design; it is reported, not failed).
 */
export function writeOverlay(dir: string, count: number, guidesDir: string): string[] {
  const pools = readPools(guidesDir);
  mkdirSync(join(dir, 'guides'), { recursive: true });
  writeFileSync(
    join(dir, 'site.yaml'),
    '# generated by tests/bench/generate-guides.ts\noffline:\n  precacheBudgetKiB: 4000000\n',
  );
  const slugs: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const slug = slugFor(index);
    writeFileSync(join(dir, 'guides', `${slug}.mdx`), guideText(pools, index, count));
    slugs.push(slug);
  }
  return slugs;
}
