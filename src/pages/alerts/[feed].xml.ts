// /alerts/feed.xml: the current alerts as an Atom feed (RFC 4287), so an intranet page or a Teams
// channel shows the same alerts without a second copy. Only when site.yaml gives the site's url: a
// feed's ids and links must be full addresses.
import type { APIRoute } from 'astro';
import site from 'virtual:cyber-guide/site';
import { alertsToCarry, BUILT_AT } from '../../features/alerts/alerts-data';
import { atomFeed } from '../../features/alerts/atom';
import { guidePath } from '../../utils/content-index';
import { t } from '../../utils/ui-strings';

export function getStaticPaths() {
  return site.url ? [{ params: { feed: 'feed' } }] : [];
}

export const GET: APIRoute = async () => {
  const base = new URL(site.basePath, site.url);
  const page = new URL('alerts/', base).href;
  const { current } = await alertsToCarry();
  const xml = atomFeed({
    id: page,
    title: `${site.name}: ${t('alerts.title')}`,
    subtitle: t('alerts.intro'),
    author: site.organisation,
    self: new URL('alerts/feed.xml', base).href,
    page,
    builtAt: BUILT_AT,
    entries: current.map((alert) => ({
      id: `${page}#alert-${alert.id}`,
      title: `${alert.data.level === 'urgent' ? `${t('alerts.urgent')}: ` : ''}${alert.data.title}`,
      updated: alert.data.fromMs,
      link: alert.data.guide ? new URL(guidePath(alert.data.guide), base).href : `${page}#alert-${alert.id}`,
      html: alert.rendered?.html ?? '',
      baseUrl: base.href,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
