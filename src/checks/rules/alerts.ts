import { formatDate } from '../../features/alerts/format';
import { loadAlerts } from '../../features/alerts/load';
import type { Problem } from '../../schemas/problem';
import type { Check, CheckContext } from '../types';

/**
 * Scam alerts (content/alerts.yaml and a trust's): their fields and dates (until after from, at most
 * 90 days), an id used twice, the guide and practice example they name in this copy, and an alert
 * whose end has passed, which will not show. The build stops on the same errors.
 */
function alertProblems({ content, settings }: CheckContext): Problem[] {
  const { alerts, problems } = loadAlerts(content.site, content.root);
  const found: Problem[] = problems.map((p) => ({ ...p, check: 'alerts' }));
  const guides = new Set(content.guides.map((g) => g.slug));
  const scenarios = new Set(content.scenarios.map((s) => s.slug));
  const now = settings.today.getTime();
  for (const alert of alerts) {
    const at = (field: 'guide' | 'scenario' | 'until') => ({
      severity: 'error' as const,
      check: 'alerts',
      file: alert.file,
      line: alert.lines[field] ?? alert.line,
    });
    if (alert.guide && !guides.has(alert.guide))
      found.push({
        ...at('guide'),
        message: `guide: "${alert.guide}" is not a guide in this copy`,
        fix: 'write the file name of a guide in content/guides (or your overlay), without .mdx',
      });
    if (alert.scenario && !scenarios.has(alert.scenario))
      found.push({
        ...at('scenario'),
        message: `scenario: "${alert.scenario}" is not a practice example in this copy`,
        fix: 'write the file name of an example in content/scenarios (or your overlay), without .yaml',
      });
    if (alert.untilMs <= now)
      found.push({
        ...at('until'),
        severity: 'warning',
        message: `the alert "${alert.id}" ended on ${formatDate(alert.until)} and will not show`,
        fix: 'remove it from the file, or set a later until if it still matters',
      });
  }
  return found;
}

export const alertsCheck: Check = { name: 'alerts', run: alertProblems };
