// The names a guide component checks its props against, in a build: site.yaml's contacts and hidden
// checklists (virtual:cyber-guide/site) and the published checklists (the content layer).
import { getCollection } from 'astro:content';
import site from 'virtual:cyber-guide/site';
import type { GuideComponentContext } from './component-props';

let pending: Promise<GuideComponentContext> | undefined;

/** Worked out once per build, not once per component. */
export function guideComponentContext(): Promise<GuideComponentContext> {
  pending ??= getCollection('checklists').then((checklists) => ({
    contacts: Object.keys(site.contacts),
    absentContacts: site.national.absentContacts,
    nationWords: [...Object.keys(site.national.words), ...site.national.absentWords],
    checklists: checklists.map((c) => c.id),
    hiddenChecklists: new Map(
      site.hide
        .filter((h) => h.startsWith('checklists/'))
        .map((h) => [h.slice('checklists/'.length), `take "${h}" out of hide: in site.yaml, or remove the component`]),
    ),
  }));
  return pending;
}

/** The guide being made, as errors name it (the guide page sets it), or the page's address elsewhere. */
export const guideFileOf = (astro: { locals: App.Locals; url: URL }): string =>
  astro.locals.guideFile ?? astro.url.pathname;
