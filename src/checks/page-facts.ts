import type { ChecklistFile, ContentSet, GuideFile } from '../content/content-set';
import { checklistProse, guideProse, type ProseBlock } from './prose';
import { readingAge, sentencesIn, statsOf, wordsIn } from './text-stats';

interface LongSentence {
  line: number;
  words: number;
  /** The sentence's opening words, to find it by. */
  start: string;
}

/** What the report and the readability check know about one published page. */
export interface PageFacts {
  kind: 'guide' | 'checklist';
  slug: string;
  /** The page's address from the site root, e.g. "/guides/public-wifi/". */
  path: string;
  file: string;
  layer: 'central' | 'overlay';
  title: string;
  topic?: string;
  owner?: string;
  /** YYYY-MM-DD. */
  reviewed?: string;
  reviewDue?: string;
  /** The addresses in `sources` (guides only), so the next build can tell when they changed. */
  sources?: string[];
  words: number;
  sentences: number;
  /** Flesch-Kincaid grade + 5; undefined when the page has no prose. */
  readingAge?: number;
  longSentences: LongSentence[];
  hash: string;
}

const isoDate = (date: Date | undefined) => date?.toISOString().slice(0, 10);

const OPENING_WORDS = 8;

function measure(
  blocks: ProseBlock[],
  longSentenceWords: number,
): Pick<PageFacts, 'words' | 'sentences' | 'readingAge' | 'longSentences'> {
  const sentences = blocks.flatMap((block) =>
    sentencesIn(block.text).map((s) => ({ ...s, line: block.lineAt(s.offset) })),
  );
  const stats = statsOf(sentences.map((s) => s.text));
  const longSentences = sentences
    .map((s) => ({
      line: s.line,
      words: wordsIn(s.text).length,
      start: s.text.split(/\s+/).slice(0, OPENING_WORDS).join(' '),
    }))
    .filter((s) => s.words > longSentenceWords);
  return { words: stats.words, sentences: stats.sentences, readingAge: readingAge(stats), longSentences };
}

/** The facts of one page: guides and checklists share their fields, and differ in their prose. */
function factsOf(page: GuideFile | ChecklistFile, prose: ProseBlock[], longSentenceWords: number): PageFacts {
  const d = page.data;
  return {
    kind: page.kind,
    slug: page.slug,
    path: `/${page.kind}s/${page.slug}/`,
    file: page.file,
    layer: page.layer,
    title: d?.title ?? page.slug,
    topic: d?.topic,
    owner: d?.owner,
    reviewed: isoDate(d?.reviewed),
    reviewDue: isoDate(d?.reviewDue),
    ...(d && 'sources' in d ? { sources: d.sources.map((source) => source.url) } : {}),
    ...measure(prose, longSentenceWords),
    hash: page.hash,
  };
}

/** Facts for every published guide and checklist page, in the order of their files. */
export function pageFacts(content: ContentSet, longSentenceWords: number): PageFacts[] {
  return [
    ...content.guides.map((g) => factsOf(g, guideProse(g), longSentenceWords)),
    ...content.checklists.map((c) => factsOf(c, checklistProse(c), longSentenceWords)),
  ];
}
