import { readFileSync } from 'node:fs';
import { suggest } from '../../config/errors';
import { lineOfPath } from '../../config/yaml-lines';
import { shownPath } from '../../content/files';
import { translationProblems } from '../../content/translation-state';
import { loadAlerts } from '../../features/alerts/load';
import { englishAlertsFileOf, readWelshAlertsFiles, type WelshAlertsFile } from '../../features/alerts/welsh-alerts';
import type { Check, CheckContext } from '../types';
import type { Problem } from '../../schemas/problem';

const CHECK = 'welsh';

/** A Welsh alert translates an English alert of the same id, central or the trust's. */
function unknownIds(welsh: WelshAlertsFile, english: Set<string>): Problem[] {
  return Object.keys(welsh.data.alerts)
    .filter((id) => !english.has(id))
    .map((id) => {
      const near = suggest(id, [...english]);
      return {
        check: CHECK,
        severity: 'error',
        file: welsh.shown,
        line: lineOfPath(welsh.source, ['alerts', id]),
        field: 'alerts',
        message: `"${id}" is not the id of an English alert (alerts.yaml), so these Welsh words would show nowhere`,
        fix: near
          ? `did you mean "${near}"?`
          : 'use the id of the English alert as it is, or remove these lines once the English alert has gone',
      };
    });
}

/**
 * The Welsh alerts (content/cy/alerts.yaml and a trust's cy/alerts.yaml): only words, each for an English
 * alert that exists, and the translation check every Welsh file has (stale, drafts refused by --strict).
 */
function welshAlertProblems({ content, settings }: CheckContext): Problem[] {
  const { site, root } = content;
  const { files, problems: read } = readWelshAlertsFiles(site, root);
  const problems: Problem[] = read.map((problem) => ({ ...problem, check: CHECK }));
  const english = loadAlerts(site, root).written;
  for (const welsh of files) {
    const path = englishAlertsFileOf(site, welsh.layer);
    const source = { name: 'alerts', source: readFileSync(path, 'utf8'), shown: shownPath(root, path) };
    problems.push(
      ...unknownIds(welsh, english),
      ...translationProblems(
        { check: CHECK, file: welsh.shown, yaml: welsh.source, lineOffset: 0, data: welsh.data },
        source,
        settings.strict,
      ),
    );
  }
  return problems;
}

/** Welsh scam alerts: the English alerts they translate, by id, with only their words. */
export const welshAlertsCheck: Check = { name: CHECK, run: welshAlertProblems };
