// The one script every page loads, kept small because every page carries it. The search box and "/"
// work at once; the offline copy and update checks start after the page has loaded, so nothing they
// fetch competes with what staff came to read.
import '../features/search/header-search';

const startOffline = () => void import('../features/offline/register-sw');
if (document.readyState === 'complete') startOffline();
else addEventListener('load', startOffline, { once: true });
