// On the search page: a current alert whose words match the search shows above the results, so staff
// who search for the scam in front of them find this week's warning first. Each alert carries its
// words in the page (data-alert-words); this runs before the search index loads, and offline.

/** Shows the current alerts sharing a word (of four letters or more, or its start) with the search. */
export function showAlertsFor(query: string, now = Date.now()): void {
  const list = document.querySelector<HTMLElement>('[data-alerts-search]');
  if (!list) return;
  const words = query.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [];
  let shown = 0;
  for (const item of list.querySelectorAll<HTMLElement>('[data-alert]')) {
    const { alertFrom, alertUntil, alertWords = '' } = item.dataset;
    const current = Number(alertFrom) <= now && now < Number(alertUntil);
    const theirs = ` ${alertWords} `;
    item.hidden = !(current && words.some((word) => theirs.includes(` ${word}`)));
    if (!item.hidden) shown += 1;
  }
  const box = list.parentElement;
  if (box) box.hidden = shown === 0;
}
