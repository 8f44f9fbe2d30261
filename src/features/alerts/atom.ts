// An Atom feed's text (RFC 4287): the required elements of the feed and of each entry, escaped.

interface AtomEntry {
  id: string;
  title: string;
  /** ms since 1970. */
  updated: number;
  link: string;
  /** The alert's text as HTML; its links are made absolute against baseUrl. */
  html: string;
  baseUrl: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  author: string;
  self: string;
  page: string;
  /** When the build ran: the feed's updated when it has no entries. */
  builtAt: number;
  entries: AtomEntry[];
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Links in the alert's HTML (/guides/x/) as full addresses: a feed reader has no page to resolve them against. */
const absoluteLinks = (html: string, baseUrl: string) =>
  html.replace(
    /href="([^"]*)"/g,
    (_, link: string) => `href="${escape(new URL(link.replace(/&amp;/g, '&'), baseUrl).href)}"`,
  );

/** The feed as XML text. */
export function atomFeed(feed: AtomFeed): string {
  const updated = Math.max(0, ...feed.entries.map((e) => e.updated)) || feed.builtAt;
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${escape(e.id)}</id>
    <title>${escape(e.title)}</title>
    <updated>${iso(e.updated)}</updated>
    <link rel="alternate" type="text/html" href="${escape(e.link)}"/>
    <content type="html">${escape(absoluteLinks(e.html, e.baseUrl))}</content>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <id>${escape(feed.id)}</id>
  <title>${escape(feed.title)}</title>
  <subtitle>${escape(feed.subtitle)}</subtitle>
  <updated>${iso(updated)}</updated>
  <author><name>${escape(feed.author)}</name></author>
  <link rel="self" type="application/atom+xml" href="${escape(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escape(feed.page)}"/>
${entries.join('')}</feed>
`;
}
