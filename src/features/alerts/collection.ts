// The alerts collection: content/alerts.yaml with a trust's alerts.yaml, each alert's Markdown made
// HTML by Astro's own Markdown processor (so links to guides get the base path, as in guides). In a
// copy with Welsh, an alert carries its Welsh words too (cy/alerts.yaml), made HTML the same way.
import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { ContentError } from '../../config/errors';
import { siteFor } from '../../content/loaders';
import { alertSchema } from '../../schemas/alert';
import { ALERTS_FILE, loadAlerts } from './load';
import { reloadOnEdit } from '../../content/reload-on-edit';
import { readWelshAlertsFiles, welshAlertWords } from './welsh-alerts';

/** What the pages read of an alert: its fields, its moments and its version, and its Welsh words if it has them. */
export const alertEntrySchema = alertSchema.extend({
  fromMs: z.number(),
  untilMs: z.number(),
  version: z.string(),
  welsh: z.object({ title: z.string(), body: z.string(), html: z.string() }).optional(),
});

/** Every alert this copy publishes, ended ones too: pages choose by date. Any error stops the build. */
export function alertsLoader(): Loader {
  return {
    name: 'layered-alerts',
    load: async (context) => {
      const site = siteFor(context);
      const files = [site.contentDir, ...(site.overlayDir ? [site.overlayDir] : [])].flatMap((dir) => [
        resolve(dir, ALERTS_FILE),
        // A Welsh file that is not there yet may be added while the preview runs.
        ...(site.languages.includes('cy') ? [resolve(dir, 'cy', ALERTS_FILE)] : []),
      ]);
      await loadAlertsInto(context);
      reloadOnEdit(context, { files }, () => loadAlertsInto(context));
    },
  };
}

/** Reads the alerts into the store, in place of what it held; any error is thrown, naming every line. */
async function loadAlertsInto(context: LoaderContext): Promise<void> {
  const site = siteFor(context);
  const { alerts, problems } = loadAlerts(site);
  const welshFiles = readWelshAlertsFiles(site);
  const errors = [...problems, ...welshFiles.problems].filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
  const welshWords = welshAlertWords(welshFiles.files);
  context.store.clear();
  for (const { file: _file, line: _line, lines: _lines, layer: _layer, ...alert } of alerts) {
    const words = welshWords.get(alert.id);
    // No welsh field at all without Welsh words: an English-only copy's alerts are as they always were.
    const welsh = words && { ...words, html: (await context.renderMarkdown(words.body)).html };
    const data = await context.parseData({ id: alert.id, data: { ...alert, ...(welsh && { welsh }) } });
    const rendered = await context.renderMarkdown(alert.body);
    const digest = context.generateDigest(JSON.stringify(welsh ? { ...alert, welsh: words } : alert));
    context.store.set({ id: alert.id, data, rendered, digest });
  }
}
