// A contact's name in a Welsh sentence. In Welsh the word before a noun can change its first letter
// (mutation: "tîm" is "i dîm" after "i", "â thîm" after "â", "fy nhîm" after "fy", and "desg" is "y
// ddesg"), and a contact's name comes from site.yaml (or cy/site.yaml) in one form, which a trust may
// change. So the Welsh pages put <ContactName /> where no word comes before it: after a colon ("cysylltwch
// â'r tîm hwn: <ContactName … />") or at the start of a sentence. Giving each name its mutated forms
// would need a form for every mutation and every trust's own names, and a writer who picks the right one.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { welshMdxFiles } from '../../content/welsh-mdx-files';
import type { Problem } from '../../schemas/problem';
import type { CheckContext } from '../types';

/** What may come straight before a name: nothing, the end of a sentence, a colon, a bracket, a list or heading mark. */
const NOTHING_TO_MUTATE = /(^|[.!?:(|]|^\s*(?:[-*+#]+|\d+\.))$/;

/** Each <ContactName /> in a Welsh page that follows a word, with the word. */
export function contactNameProblems({ content }: CheckContext, check: string): Problem[] {
  const problems: Problem[] = [];
  for (const page of welshMdxFiles(content.site, 'pages')) {
    const file = relative(content.root, page.path).replaceAll('\\', '/');
    readFileSync(page.path, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        for (const found of text.matchAll(/<ContactName\b[^>]*\/>/g)) {
          const before = text.slice(0, found.index).trimEnd();
          if (NOTHING_TO_MUTATE.test(before)) continue;
          const word = before.split(/\s+/).pop()!;
          problems.push({
            check,
            severity: 'warning',
            file,
            line: index + 1,
            message: `${found[0]} follows "${word}": in Welsh the word before a name can change its first letter (mutation, as "tîm" is "i dîm" and "â thîm"), and a contact's name has only one form`,
            fix: `put the name where no word comes before it: after a colon, as in "cysylltwch â'r tîm hwn: ${found[0]}", or at the start of a sentence`,
          });
        }
      });
  }
  return problems;
}
