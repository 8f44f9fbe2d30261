// content/cy/alerts.yaml and a trust's cy/alerts.yaml: each alert's Welsh title and body, by the English
// alert's id, the trust's words over the central ones. Read only in a copy with cy in site.yaml
// `languages:`, so an English-only build reads no Welsh file. The build and the checks read them here, so
// both say the same thing of a mistake.
import { existsSync } from 'node:fs';
import type { z } from 'astro/zod';
import { dirname, resolve } from 'node:path';
import { ContentError, schemaProblems, shapeFinder } from '../../config/errors';
import { readYaml } from '../../config/site';
import { lineOfPath } from '../../config/yaml-lines';
import { shownPath, type Layer } from '../../content/files';
import { welshLayerFiles } from '../../content/welsh-files';
import type { Problem } from '../../schemas/problem';
import type { SiteConfig } from '../../schemas/site';
import {
  ENGLISH_ONLY_ALERT_FIELDS,
  WELSH_ALERT_FIELDS,
  welshAlertSchema,
  welshAlertsSchema,
  type WelshAlertWords,
} from '../../schemas/welsh-alerts';
import { ALERTS_FILE } from './load';

const FIX = 'see "Welsh (Cymraeg)" in content/README.md';

/** One Welsh alerts file as read: where it is, its text (for lines) and its words. */
export interface WelshAlertsFile {
  path: string;
  shown: string;
  source: string;
  layer: Layer;
  data: z.output<typeof welshAlertsSchema>;
}

type Site = Pick<SiteConfig, 'contentDir' | 'overlayDir' | 'languages'>;

/** The Welsh alerts files that exist, central then the trust's. None in an English-only copy. */
export const welshAlertsPaths = (site: Site) => welshLayerFiles(site, ALERTS_FILE);

/**
 * The fields of the English alert written in a Welsh one (its level, dates, guide): an error each that
 * says why, rather than "unknown field". They are taken out before the schema reads the rest.
 */
function englishOnlyFields(data: unknown, shown: string, source: string): Problem[] {
  const alerts = (data as { alerts?: unknown } | null)?.alerts;
  if (!alerts || typeof alerts !== 'object') return [];
  return Object.entries(alerts as Record<string, unknown>).flatMap(([id, words]) => {
    if (!words || typeof words !== 'object') return [];
    const written = words as Record<string, unknown>;
    const fields = Object.keys(written).filter((field) => ENGLISH_ONLY_ALERT_FIELDS.includes(field));
    for (const field of fields) delete written[field];
    return fields.map((field): Problem => ({
      severity: 'error',
      file: shown,
      line: lineOfPath(source, ['alerts', id, field]),
      field: `alerts.${id}.${field}`,
      message: `${field} is the English alert's, the same in both languages: a Welsh alert gives only its ${WELSH_ALERT_FIELDS.join(' and ')}`,
      fix: `remove ${field}: from this file; the alert's ${field} is set once, in ${ALERTS_FILE} with the English words`,
    }));
  });
}

/** The fields allowed at a path, to name the field meant by a misspelt one: an alert's under alerts.<id>. */
const fieldsAt = (path: readonly PropertyKey[]): unknown =>
  path.length === 2 && path[0] === 'alerts' ? welshAlertSchema.shape : shapeFinder(welshAlertsSchema)(path);

/** The Welsh alerts files of this copy, central first; a file with a mistake gives its problems instead. */
export function readWelshAlertsFiles(
  site: Site,
  root = dirname(site.contentDir),
): { files: WelshAlertsFile[]; problems: Problem[] } {
  const files: WelshAlertsFile[] = [];
  const problems: Problem[] = [];
  for (const { path, layer } of welshAlertsPaths(site)) {
    const shown = shownPath(root, path);
    try {
      const { data, source } = readYaml(path, shown);
      const englishOnly = englishOnlyFields(data, shown, source);
      const parsed = welshAlertsSchema.safeParse(data ?? {}, { reportInput: true });
      problems.push(...englishOnly);
      if (!parsed.success)
        problems.push(...schemaProblems(shown, parsed.error, { source, shapeAt: fieldsAt, fix: FIX }));
      else if (englishOnly.length === 0) files.push({ path, shown, source, layer, data: parsed.data });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  return { files, problems };
}

/** Each alert's Welsh words by id, the trust's over the central ones. */
export function welshAlertWords(files: readonly WelshAlertsFile[]): Map<string, WelshAlertWords> {
  return new Map(files.flatMap((file) => Object.entries(file.data.alerts)));
}

/** The English alerts file a Welsh one translates: the trust's own alerts.yaml beside it, or the central one. */
export function englishAlertsFileOf(site: Pick<SiteConfig, 'contentDir' | 'overlayDir'>, layer: Layer): string {
  const trust = layer === 'overlay' && site.overlayDir ? resolve(site.overlayDir, ALERTS_FILE) : undefined;
  return trust && existsSync(trust) ? trust : resolve(site.contentDir, ALERTS_FILE);
}
