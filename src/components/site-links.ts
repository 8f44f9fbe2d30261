import type { UiKey } from '../schemas/strings';

/** The site's own pages that pages link to by name (footer, home, offline, 404, the helper): each address and its words once. */
export const SITE_LINKS = {
  home: { path: '', label: 'nav.home' },
  help: { path: 'help/', label: 'nav.help' },
  checklists: { path: 'checklists/', label: 'nav.checklists' },
  tips: { path: 'tips/', label: 'nav.tips' },
  practice: { path: 'practice/', label: 'nav.practice' },
  progress: { path: 'progress/', label: 'nav.progress' },
  az: { path: 'a-z/', label: 'nav.az' },
  about: { path: 'about/', label: 'footer.about' },
  accessibility: { path: 'accessibility/', label: 'footer.accessibility' },
  privacy: { path: 'privacy/', label: 'footer.privacy' },
  pocketCard: { path: 'pocket-card/', label: 'help.pocketCard' },
} as const satisfies Record<string, { path: string; label: UiKey }>;

/** A page by its name, or by its name with the words a page says for it (the 404 page's "Go to the home page"). */
export type SiteLink = keyof typeof SITE_LINKS | [keyof typeof SITE_LINKS, UiKey];
