// Alerts come in the page's HTML, so a visit with a new version shows them at once. This script checks
// each against the device's clock (a phone offline for a week still drops an alert past its end, and
// shows one whose start has come), leaves out those dismissed here, and keeps to a list's limit.
// Without it, the page shows what the build chose.
import { dismissAlert, dismissedAlerts, stillDismissed } from './alert-state';

/** Shows the alerts of every list on the page that are current now and not dismissed. */
function showCurrentAlerts(now = Date.now()): void {
  const dismissed = dismissedAlerts();
  let total = 0;
  for (const list of document.querySelectorAll<HTMLElement>('[data-alerts]')) {
    const limit = Number(list.dataset.alertsLimit) || Infinity;
    const keepDismissed = list.hasAttribute('data-alerts-keep-dismissed');
    let shown = 0;
    for (const item of list.querySelectorAll<HTMLElement>('[data-alert]')) {
      const { alertId = '', alertFrom, alertUntil, alertLevel, alertVersion } = item.dataset;
      const current = Number(alertFrom) <= now && now < Number(alertUntil);
      const gone = !keepDismissed && stillDismissed(dismissed[alertId], alertLevel, alertVersion);
      item.hidden = !current || gone || shown >= limit;
      if (!item.hidden) shown += 1;
    }
    total += shown;
    const box = list.closest<HTMLElement>('[data-alerts-box]');
    if (box) box.hidden = shown === 0;
    list.querySelectorAll<HTMLElement>('[data-alert-dismiss]').forEach((button) => (button.hidden = false));
  }
  document.querySelectorAll<HTMLElement>('[data-alerts-none]').forEach((none) => (none.hidden = total > 0));
}

addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.('[data-alert-dismiss]');
  const item = button?.closest<HTMLElement>('[data-alert]');
  if (!item) return;
  const kept = dismissAlert(item.dataset.alertId ?? '', item.dataset.alertVersion ?? '');
  const box = item.closest<HTMLElement>('[data-alerts-box]');
  showCurrentAlerts();
  // Where the browser keeps nothing (private browsing, a full store), it goes for this page at least.
  if (!kept) item.hidden = true;
  // Focus would be lost with the hidden alert: it goes to the note that says where alerts are now.
  const note = box?.parentElement?.querySelector<HTMLElement>('[data-alerts-dismissed]');
  if (note) {
    note.hidden = false;
    note.focus();
  }
});

showCurrentAlerts();
