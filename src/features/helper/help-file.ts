// A help.yaml (central or a trust's) turned into the helper's pages, each remembering the file and
// line it came from, so a problem found later (in the overlay, the shape, the guides named) can say where.
import type { Problem } from '../../schemas/problem';
import type { HelpAdditionData, HelpAnswerData } from '../../schemas/help';
import { lineOfPath } from '../../config/yaml-lines';
import type { HelpNode, Where } from './types';

export type Path = (string | number)[];

/** One YAML file being turned into nodes: where each path in it is. */
export class HelpFile {
  readonly shown: string;
  readonly source: string;
  readonly layer: Where['layer'];
  constructor(shown: string, source: string, layer: Where['layer']) {
    this.shown = shown;
    this.source = source;
    this.layer = layer;
  }

  where(path: Path): Where {
    return { file: this.shown, line: lineOfPath(this.source, path) ?? 1, layer: this.layer };
  }

  problem(path: Path, message: string, fix: string): Problem {
    return { severity: 'error', file: this.shown, line: this.where(path).line, message, fix };
  }

  /** Where each field of an entry is, and each item of its lists. */
  fieldsAt(data: Record<string, unknown>, path: Path): Record<string, Where> {
    const at: Record<string, Where> = {};
    for (const [key, value] of Object.entries(data)) {
      if (key === 'answers' || value === undefined) continue;
      at[key] = this.where([...path, key]);
      if (Array.isArray(value)) value.forEach((_, i) => (at[`${key}.${i}`] = this.where([...path, key, i])));
    }
    return at;
  }

  /** The page an answer opens, and everything under it. */
  node(data: HelpAnswerData | HelpAdditionData, path: Path): HelpNode {
    const at = this.fieldsAt(data, path);
    const where = this.where(path);
    if (data.question !== undefined) {
      const answers = (data.answers ?? []).map((answer, i) => ({
        label: answer.answer,
        next: this.node(answer, [...path, 'answers', i]),
      }));
      return { kind: 'question', slug: data.slug, title: data.question, hint: data.hint, answers, where, at };
    }
    const { title, now, guide, section, notes, moreGuides, contacts, pocketCard } = data;
    // oneKindOfPage in the schema made sure an end page has these.
    return {
      kind: 'end',
      slug: data.slug,
      title: title!,
      now,
      guide: guide!,
      section,
      notes,
      moreGuides,
      contacts: contacts!,
      pocketCard,
      where,
      at,
    };
  }
}
