/**
 * `npm run cms`: builds the editor for the local folder and serves it on http://localhost:4329 with the
 * same headers a trust's host sends (headers.ts). In Chrome or Edge, choose "Work with Local Repository"
 * and pick this project's folder: saves go straight into content/, ready for `npm run check` and git.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backendOf } from './backend.ts';
import { buildEditor } from './build.ts';
import { editorHeaders } from './headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.woff2': 'font/woff2',
};

/** Serves the built editor folder; returns the server once it listens. */
export async function serveEditor(folder: string, port: number, env: NodeJS.ProcessEnv = process.env) {
  const headers = editorHeaders(backendOf(env).kind);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, headers).end('Not found');
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  // localhost only: Sveltia offers the local folder there, and nobody else on the network can reach it.
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.CMS_PORT ?? 4329);
  const folder = await buildEditor();
  await serveEditor(folder, port);
  console.log(
    `Editor on http://localhost:${port}/ — open it in Chrome or Edge and choose "Work with Local Repository". Ctrl+C to stop.`,
  );
}
