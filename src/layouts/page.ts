// The one script every page loads, kept small because every page carries it. The search box and "/"
// work at once; the offline copy and update checks start after the page has loaded, so nothing they
// fetch competes with what staff came to read.
import '../features/search/header-search';

// A checklist's tick boxes come after the load too, so a guide's first bytes are its words (the
// checklist's stylesheet keeps their room, so nothing moves). Started from here rather than from the
// checklist component's own script, which would be one more file for the page to fetch.
const afterLoad = () => {
  void import('../features/offline/register-sw');
  if (document.querySelector('[data-checklist]')) void import('../features/checklists/checklist');
};
if (document.readyState === 'complete') afterLoad();
else addEventListener('load', afterLoad, { once: true });
