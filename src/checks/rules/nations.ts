import { relative } from 'node:path';
import { ContentError } from '../../config/errors';
import { loadNation, nationLine } from '../../config/nation';
import type { ContentSet, MdxFile } from '../../content/content-set';
import { isJsx, lineOf, propsOf, walk } from '../../content/mdx-tree';
import { NATIONS, type NationContent } from '../../schemas/nation';
import type { Problem } from '../../schemas/problem';
import type { Check } from '../types';

/** A name a guide or site page shows from a nation file: a contact or a sentence, and where it is written. */
interface NationalUse {
  file: string;
  line: number;
  component: string;
  name: string;
  section: 'contacts' | 'words';
  /** A contact card or a sentence may be `none` (it then shows nothing); a phone number in a sentence may not. */
  noneAllowed: boolean;
}

const CONTACT_COMPONENTS = new Set(['ContactCard', 'Phone', 'Email', 'ContactName']);

function usesIn(entry: MdxFile): NationalUse[] {
  if (!entry.tree) return [];
  const uses: NationalUse[] = [];
  walk(entry.tree, (node) => {
    if (!isJsx(node) || !node.name) return;
    const contact = CONTACT_COMPONENTS.has(node.name);
    if (!contact && node.name !== 'NationWords') return;
    const name = propsOf(node).props.name;
    if (typeof name !== 'string') return;
    uses.push({
      file: entry.file,
      line: lineOf(node),
      component: node.name,
      name,
      section: contact ? 'contacts' : 'words',
      noneAllowed: node.name === 'ContactCard' || node.name === 'NationWords',
    });
  });
  return uses;
}

/** The contact names site.yaml gives every nation: the central file's and the overlay's, as written. */
function siteContactNames(content: ContentSet): Set<string> {
  return new Set(
    content.siteFiles.flatMap((f) => Object.keys((f.raw as { contacts?: object } | undefined)?.contacts ?? {})),
  );
}

function hasValue(nation: NationContent, use: NationalUse, site: Set<string>): boolean {
  if (use.section === 'words') return use.name in nation.words || nation.absentWords.includes(use.name);
  return (
    site.has(use.name) || use.name in nation.contacts || (use.noneAllowed && nation.absentContacts.includes(use.name))
  );
}

function missing(nation: NationContent, use: NationalUse): Problem {
  const at = nationLine(nation, use.section, use.name);
  const noneHint = !use.noneAllowed
    ? `; a <${use.component}> needs a real value, so "none" will not do here`
    : use.section === 'contacts'
      ? `, or write "${use.name}: none" there if this route does not apply in ${nation.name}`
      : `, or write "${use.name}: none" there if nothing needs saying in ${nation.name}`;
  return {
    severity: 'error',
    check: 'nations',
    file: use.file,
    line: use.line,
    message: `<${use.component} name="${use.name}"> has no value for ${nation.name}: ${at.file}:${at.line} has no ${use.section}.${use.name}`,
    fix: `add ${use.name} under ${use.section}: in ${nation.files[nation.files.length - 1].file}, with its source:${noneHint}`,
  };
}

/**
 * Every contact and sentence a guide or site page shows has a value in every nation's file (or in
 * site.yaml), so a copy built for any of the four nations shows no gap. A name no nation and no
 * site.yaml knows is the components check's to report, once.
 */
function nationProblems(content: ContentSet): Problem[] {
  const show = (file: string) => relative(content.root, file).replaceAll('\\', '/');
  const nations: NationContent[] = [];
  const problems: Problem[] = [];
  for (const nation of NATIONS) {
    try {
      nations.push(loadNation(content.site.contentDir, content.site.overlayDir, nation, show));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(
        ...error.problems.map((problem): Problem => ({
          ...problem,
          severity: 'error',
          check: 'nations',
          fix: problem.fix ?? 'see "The four nations" in content/README.md',
        })),
      );
    }
  }
  const site = siteContactNames(content);
  const known = (use: NationalUse) =>
    (use.section === 'contacts' && site.has(use.name)) ||
    nations.some((n) =>
      use.section === 'contacts'
        ? use.name in n.contacts || n.absentContacts.includes(use.name)
        : use.name in n.words || n.absentWords.includes(use.name),
    );
  const uses = [...content.guides, ...content.pages].flatMap(usesIn).filter(known);
  for (const use of uses)
    for (const nation of nations) if (!hasValue(nation, use, site)) problems.push(missing(nation, use));
  return problems;
}

export const nationsCheck: Check = { name: 'nations', run: ({ content }) => nationProblems(content) };
