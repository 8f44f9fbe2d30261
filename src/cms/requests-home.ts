// Sveltia asks unpkg.com hourly whether a newer version exists, and githubstatus.com how GitHub is;
// it has no option to turn either off. The editor's policy blocks them, but a blocked request still
// shows as an error to the editor. So such calls are answered here, in the page, and never leave it.

/** Lets fetch() reach this page's own origin, data:/blob: addresses and `allowed`; answers anything else with 204. */
export function keepRequestsHome(allowed: readonly string[]): void {
  const own = [location.origin, ...allowed];
  const send = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const home = url.protocol === 'data:' || url.protocol === 'blob:' || own.includes(url.origin);
    return home
      ? send(input, init)
      : Promise.resolve(new Response(null, { status: 204, statusText: 'Not asked: the editor calls no other hosts' }));
  };
}
