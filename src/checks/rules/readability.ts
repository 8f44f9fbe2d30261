import type { Check, CheckContext } from '../types';
import type { Problem } from '../../schemas/problem';

function readabilityProblems(context: CheckContext): Problem[] {
  const { readingAgeMax, longSentenceWords } = context.settings;
  return context.pages.flatMap((page): Problem[] => {
    const long = page.longSentences.map((s): Problem => ({
      severity: 'warning',
      check: 'readability',
      file: page.file,
      line: s.line,
      message: `a sentence of ${s.words} words ("${s.start} …"); aim for ${longSentenceWords} or fewer`,
      fix: 'split it into two or three sentences, or make it a list',
    }));
    if (page.readingAge === undefined || page.readingAge <= readingAgeMax) return long;
    return [
      {
        severity: 'warning',
        check: 'readability',
        file: page.file,
        line: 1,
        message: `"${page.title}" has a reading age of ${page.readingAge.toFixed(1)} (Flesch-Kincaid grade + 5), above ${readingAgeMax}`,
        fix: 'use shorter sentences and everyday words, starting with any long sentences listed for this file',
      },
      ...long,
    ];
  });
}

/** Staff read these pages under pressure: each gets a reading age, with long sentences pointed out. */
export const readabilityCheck: Check = { name: 'readability', run: readabilityProblems };
