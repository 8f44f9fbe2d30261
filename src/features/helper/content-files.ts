import type { ContentSet } from '../../content/content-set';
import type { FlowContent } from './resolve';

/**
 * What the helper needs from content read straight from the files (the content checks' ContentSet),
 * the same facts the build reads from Astro's collections: for tests and checks outside a build.
 * A guide whose fields are wrong still counts as published: its own check reports it.
 */
export function flowContentOf(content: ContentSet): FlowContent {
  return {
    guides: new Map(
      content.guides.map((g) => [
        g.slug,
        { title: g.data?.title ?? g.slug, body: g.body, central: g.layer === 'central', file: g.file },
      ]),
    ),
    hiddenGuides: new Set(
      content.site.hide.filter((h) => h.startsWith('guides/')).map((h) => h.slice('guides/'.length)),
    ),
    // A route the nation file marks none may be named: its card shows nothing in that nation.
    contacts: new Set([...Object.keys(content.site.contacts), ...content.site.national.absentContacts]),
  };
}
