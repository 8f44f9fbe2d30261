// The alerts collection: content/alerts.yaml with a trust's alerts.yaml, each alert's Markdown made
// HTML by Astro's own Markdown processor (so links to guides get the base path, as in guides).
import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { ContentError } from '../../config/errors';
import { siteFor } from '../../content/loaders';
import { alertSchema } from '../../schemas/alert';
import { ALERTS_FILE, loadAlerts } from './load';
import { reloadOnEdit } from '../../content/reload-on-edit';

/** What the pages read of an alert: its fields, its moments and its version. */
export const alertEntrySchema = alertSchema.extend({ fromMs: z.number(), untilMs: z.number(), version: z.string() });

/** Every alert this copy publishes, ended ones too: pages choose by date. Any error stops the build. */
export function alertsLoader(): Loader {
  return {
    name: 'layered-alerts',
    load: async (context) => {
      const site = siteFor(context);
      const files = [site.contentDir, ...(site.overlayDir ? [site.overlayDir] : [])].map((dir) =>
        resolve(dir, ALERTS_FILE),
      );
      await loadAlertsInto(context);
      reloadOnEdit(context, { files }, () => loadAlertsInto(context));
    },
  };
}

/** Reads the alerts into the store, in place of what it held; any error is thrown, naming every line. */
async function loadAlertsInto(context: LoaderContext): Promise<void> {
  const { alerts, problems } = loadAlerts(siteFor(context));
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
  context.store.clear();
  for (const { file: _file, line: _line, lines: _lines, layer: _layer, ...alert } of alerts) {
    const data = await context.parseData({ id: alert.id, data: { ...alert } });
    const rendered = await context.renderMarkdown(alert.body);
    context.store.set({ id: alert.id, data, rendered, digest: context.generateDigest(JSON.stringify(alert)) });
  }
}
