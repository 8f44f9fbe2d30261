// Reads content/alerts.yaml and a trust's alerts.yaml: a trust's alert replaces the central one with its
// id or adds one, and its hide: leaves central ones out. Every problem names the file and line, so the
// checks and the build say the same thing; nothing is thrown for a mistake in the files.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ContentError, schemaProblems, shapeFinder, suggest } from '../../config/errors';
import { readYaml } from '../../config/site';
import { lineOfPath } from '../../config/yaml-lines';
import { shownPath } from '../../content/files';
import { alertSchema, alertsFileSchema, MAX_ALERT_DAYS, type AlertData } from '../../schemas/alert';
import type { Problem } from '../../schemas/problem';
import type { SiteConfig } from '../../schemas/site';
import { ukMoment } from '../../schemas/uk-time';

export const ALERTS_FILE = 'alerts.yaml';
const DOCS = 'see "Scam alerts" in content/README.md';
const DAY_MS = 24 * 60 * 60 * 1000;

/** One thing wrong with an alerts file; the checks report it, the build stops on an error. */
type AlertProblem = Problem & { severity: 'error' | 'warning'; fix: string };

/** An alert as this copy publishes it, with the moments it starts and ends and where it was written. */
export interface LoadedAlert extends AlertData {
  /** When it starts showing, ms since 1970 (from, read as UK time). */
  fromMs: number;
  /** When it stops showing, ms since 1970 (until, to the end of that day when it has no time). */
  untilMs: number;
  /** A short hash of what staff read: a changed urgent alert shows again on a phone that dismissed it. */
  version: string;
  file: string;
  line: number;
  /** The line of each field written, for the checks' messages. */
  lines: Partial<Record<keyof AlertData, number>>;
  layer: 'central' | 'overlay';
}

export interface LoadedAlerts {
  alerts: LoadedAlert[];
  problems: AlertProblem[];
  /** Every id written in the files, hidden or mistyped alerts too: what a Welsh alert may translate. */
  written: Set<string>;
}

interface ReadFile {
  shown: string;
  source: string;
  layer: LoadedAlert['layer'];
  alerts: unknown[];
  hide: string[];
}

/** Problems from a loader or a schema as an alerts file's errors, each pointing to the editors' guide. */
function asAlertProblems(problems: readonly Problem[]): AlertProblem[] {
  return problems.map((problem) => ({ ...problem, severity: 'error', fix: problem.fix ?? DOCS }));
}

function readAlertsFile(
  path: string,
  root: string,
  layer: ReadFile['layer'],
  problems: AlertProblem[],
): ReadFile | undefined {
  const shown = shownPath(root, path);
  try {
    const { data, source } = readYaml(path, shown);
    const result = alertsFileSchema.safeParse(data ?? {}, { reportInput: true });
    if (!result.success) {
      problems.push(
        ...asAlertProblems(schemaProblems(shown, result.error, { source, shapeAt: shapeFinder(alertsFileSchema) })),
      );
      return undefined;
    }
    return { shown, source, layer, alerts: result.data.alerts, hide: result.data.hide ?? [] };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...asAlertProblems(error.problems));
    return undefined;
  }
}

/** The alert's fields checked, its dates read, or its problems. */
function readAlert(file: ReadFile, raw: unknown, index: number, problems: AlertProblem[]): LoadedAlert | undefined {
  const result = alertSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    problems.push(
      ...asAlertProblems(
        schemaProblems(file.shown, result.error, {
          source: file.source,
          pathPrefix: ['alerts', index],
          shapeAt: (path) => shapeFinder(alertSchema)(path.slice(2)),
        }),
      ),
    );
    return undefined;
  }
  const data = result.data;
  const at = (field: string) => lineOfPath(file.source, ['alerts', index, field]) ?? 1;
  const fromMs = ukMoment(data.from);
  const untilMs = ukMoment(data.until, true);
  const line = lineOfPath(file.source, ['alerts', index]) ?? 1;
  const problem = (field: string, message: string, fix: string) =>
    problems.push({ severity: 'error', file: file.shown, line: at(field), message, fix });
  if (untilMs <= fromMs)
    problem(
      'until',
      `until: ${data.until} is not after from: ${data.from}`,
      'set until to the last day the alert should show, after from',
    );
  else if (untilMs - fromMs > MAX_ALERT_DAYS * DAY_MS)
    problem(
      'until',
      `the alert "${data.id}" runs for ${Math.ceil((untilMs - fromMs) / DAY_MS)} days, more than ${MAX_ALERT_DAYS}`,
      `end it within ${MAX_ALERT_DAYS} days of from; a lasting warning belongs in a guide`,
    );
  const version = createHash('sha256')
    .update(JSON.stringify([data.title, data.body, data.level, data.until, data.guide, data.scenario]))
    .digest('hex')
    .slice(0, 10);
  const lines = Object.fromEntries(Object.keys(data).map((field) => [field, at(field)]));
  return { ...data, fromMs, untilMs, version, file: file.shown, line, lines, layer: file.layer };
}

/** The ids written in an alerts file, whether or not the rest of each alert is right. */
const writtenIds = (file: ReadFile | undefined): Set<string> =>
  new Set(
    (file?.alerts ?? []).map((a) => (a as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string'),
  );

/**
 * Reads the alerts this copy publishes, every one of them whether it has ended or not (the page and
 * the checks decide by date): central first, then the trust's, which replace by id or add; the trust's
 * hide: leaves central ones out. The order is the files' order.
 */
export function loadAlerts(
  site: Pick<SiteConfig, 'contentDir' | 'overlayDir'>,
  root = dirname(site.contentDir),
): LoadedAlerts {
  const problems: AlertProblem[] = [];
  const read = (dir: string | undefined, layer: ReadFile['layer']) => {
    const path = dir && resolve(dir, ALERTS_FILE);
    return path && existsSync(path) ? readAlertsFile(path, root, layer, problems) : undefined;
  };
  const central = read(site.contentDir, 'central');
  const overlay = read(site.overlayDir, 'overlay');
  const byId = new Map<string, LoadedAlert>();
  for (const file of [central, overlay]) {
    if (!file) continue;
    const seen = new Map<string, number>();
    file.alerts.forEach((raw, index) => {
      const alert = readAlert(file, raw, index, problems);
      if (!alert) return;
      const earlier = seen.get(alert.id);
      if (earlier !== undefined) {
        problems.push({
          severity: 'error',
          file: file.shown,
          line: lineOfPath(file.source, ['alerts', index, 'id']) ?? alert.line,
          message: `the alert id "${alert.id}" is already used on line ${earlier}, and only one of the two would be shown`,
          fix: 'give this alert its own id',
        });
        return;
      }
      seen.set(alert.id, lineOfPath(file.source, ['alerts', index, 'id']) ?? alert.line);
      byId.set(alert.id, alert);
    });
  }
  if (central?.hide.length)
    problems.push({
      severity: 'error',
      file: central.shown,
      line: lineOfPath(central.source, ['hide']),
      message: "hide: is for a trust's own alerts.yaml",
      fix: 'remove the alert from alerts: instead',
    });
  const centralIds = writtenIds(central);
  overlay?.hide.forEach((id, i) => {
    // Central alerts end and are removed every week: hiding one that went is only a warning.
    if (!centralIds.has(id)) {
      const near = suggest(id, [...centralIds]);
      problems.push({
        severity: 'warning',
        file: overlay.shown,
        line: lineOfPath(overlay.source, ['hide', i]),
        message: `hide: "${id}" is not an alert in content/alerts.yaml`,
        fix: near
          ? `did you mean "${near}"? Otherwise remove the line: the central alert has gone`
          : 'remove the line: the central alert has gone',
      });
      return;
    }
    if (byId.get(id)?.layer === 'central') byId.delete(id);
  });
  return { alerts: [...byId.values()], problems, written: new Set([...centralIds, ...writtenIds(overlay)]) };
}

/** Whether an alert shows at a moment: from has come and until has not. */
const isCurrent = (alert: Pick<LoadedAlert, 'fromMs' | 'untilMs'>, now: number): boolean =>
  alert.fromMs <= now && now < alert.untilMs;

/** Current alerts, newest first (the latest from first). */
export const currentAlerts = <A extends Pick<LoadedAlert, 'fromMs' | 'untilMs'>>(alerts: A[], now: number): A[] =>
  alerts.filter((a) => isCurrent(a, now)).sort((a, b) => b.fromMs - a.fromMs);

/** Alerts that ended within the last `days` days, the latest ended first: the alerts page lists them as ended. */
export const recentlyEnded = <A extends Pick<LoadedAlert, 'untilMs'>>(
  alerts: A[],
  now: number,
  days = MAX_ALERT_DAYS,
): A[] =>
  alerts.filter((a) => a.untilMs <= now && now - a.untilMs <= days * DAY_MS).sort((a, b) => b.untilMs - a.untilMs);
