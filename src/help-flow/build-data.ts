// The helper's pages for this build: the flow in flow.ts checked against the published guides and
// site.yaml's contacts. Pages call helpPages(); the check runs once per build.
import { getCollection } from 'astro:content';
import site from 'virtual:cyber-guide/site';
import { HELP_FLOW } from './flow';
import { resolveFlow, type FlowContent, type ResolvedEnd, type ResolvedPage } from './resolve';

let pending: Promise<ResolvedPage[]> | undefined;

async function flowContent(): Promise<FlowContent> {
  const guides = await getCollection('guides');
  return {
    // Central guides are read from content/; a file anywhere else came from the trust's overlay.
    guides: new Map(guides.map((g) => [g.id, { title: g.data.title, central: (g.filePath ?? '').startsWith('content/'), body: g.body ?? '' }])),
    hiddenGuides: new Set(site.hide.filter((h) => h.startsWith('guides/')).map((h) => h.slice('guides/'.length))),
    contacts: new Set(Object.keys(site.contacts)),
  };
}

/** Every helper page of this build. Fails the build with a HelpFlowError when the flow is broken. */
export function helpPages(): Promise<ResolvedPage[]> {
  pending ??= flowContent().then((content) => {
    const { pages, warnings } = resolveFlow(HELP_FLOW, content);
    // Astro's logger is not available to pages; the build log shows console output.
    for (const warning of warnings) console.warn(`[help-flow] ${warning}`);
    return pages;
  });
  return pending;
}

/** The end page for a slug path, e.g. the systems-down steps for the pocket card. */
export async function helpEnd(path: string): Promise<ResolvedEnd | undefined> {
  const page = (await helpPages()).find((p) => p.path === path);
  return page?.node.kind === 'end' ? page.node : undefined;
}
