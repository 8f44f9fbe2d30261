// The helper's pages for this build: content/help.yaml (with the overlay's help.yaml) checked against
// the published guides and site.yaml's contacts. Pages call helpPages(); the check runs once per build.
import { getCollection } from 'astro:content';
import help from 'virtual:cyber-guide/help';
import site from 'virtual:cyber-guide/site';
import { HelpFlowError, resolveFlow, type FlowContent, type ResolvedPage } from './resolve';

let pending: Promise<ResolvedPage[]> | undefined;

async function flowContent(): Promise<FlowContent> {
  const guides = await getCollection('guides');
  return {
    // A guide the overlay publishes is the trust's; every other one is central.
    guides: new Map(
      guides.map((g) => [
        g.id,
        {
          title: g.data.title,
          central: !site.overlayGuides.includes(g.id),
          body: g.body ?? '',
          file: g.filePath ?? g.id,
        },
      ]),
    ),
    hiddenGuides: new Set(site.hide.filter((h) => h.startsWith('guides/')).map((h) => h.slice('guides/'.length))),
    // A route the nation file marks none may be named: its card shows nothing in that nation.
    contacts: new Set([...Object.keys(site.contacts), ...site.national.absentContacts]),
  };
}

/** Every helper page of this build. Fails the build with a HelpFlowError when the helper is broken. */
export function helpPages(): Promise<ResolvedPage[]> {
  pending ??= flowContent().then((content) => {
    const { pages, problems } = resolveFlow(help, content);
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) throw new HelpFlowError(errors);
    return pages;
  });
  return pending;
}
