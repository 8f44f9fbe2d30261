import { suggest } from '../../config/errors';
import { lineOfPath } from '../../config/yaml-lines';
import type { Check, CheckContext } from '../types';
import type { Problem } from '../../schemas/problem';

interface Referrer {
  file: string;
  yaml: string;
  lineOffset: number;
  related: string[];
}

function relatedProblems(context: CheckContext, guides: string[], known: Set<string>, entry: Referrer): Problem[] {
  return entry.related.flatMap((slug, index): Problem[] => {
    if (known.has(slug)) return [];
    const line = (lineOfPath(entry.yaml, ['related', index]) ?? 1) + entry.lineOffset;
    const hidden = context.routes.hiddenAt.get(`/guides/${slug}/`);
    if (hidden) {
      return [
        {
          severity: 'notice',
          check: 'references',
          file: entry.file,
          line,
          message: `related: "${slug}" is hidden in this copy (${hidden.file}:${hidden.line}), so it is not shown`,
          fix: 'nothing to do, unless you want it shown',
        },
      ];
    }
    const hint = suggest(slug, guides);
    return [
      {
        severity: 'error',
        check: 'references',
        file: entry.file,
        line,
        message: `related: "${slug}" is not a guide`,
        fix: hint ? `did you mean "${hint}"?` : 'use the file name of a guide in guides/, without .mdx',
      },
    ];
  });
}

/** `related:` lists in guides and practice scenarios must name guides that exist. */
export const referencesCheck: Check = {
  name: 'references',
  run: (context) => {
    // Made once, not once per page: at 2000 guides, once per page was 4 million steps.
    const guides = context.content.guides.map((g) => g.slug);
    const known = new Set(guides);
    return [...context.content.guides, ...context.content.scenarios].flatMap((entry) =>
      entry.data
        ? relatedProblems(context, guides, known, {
            file: entry.file,
            yaml: entry.yaml,
            lineOffset: entry.lineOffset,
            related: entry.data.related,
          })
        : [],
    );
  },
};
