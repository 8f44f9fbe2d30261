import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.ico': 'image/x-icon',
};

/** One answer of the server. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

export interface Mount {
  /** The URL path the site is served under, like "/" or "/trust/cyber/". */
  basePath: string;
  /** The built site folder. */
  dir: string;
}

/**
 * A small static web server for browser tests: serves built sites under their base paths, like a
 * real host (index.html for folders, a redirect to add the slash, the site's own 404 page), and can
 * be stopped and started on the same port, or told to fail chosen paths.
 */
export class StaticServer {
  private server?: Server;
  private port = 0;
  mounts: Mount[];
  /** Paths (after the host) that answer 404, to play a half-finished upload. */
  readonly failing = new Set<string>();
  /** Extra headers by file extension or exact path, e.g. a long max-age on sw.js. */
  readonly extraHeaders = new Map<string, Record<string, string>>();
  /** Every path requested, in order. */
  readonly requests: string[] = [];

  constructor(mounts: Mount[]) {
    this.mounts = mounts;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  url(path = '/'): string {
    return `${this.origin}${path}`;
  }

  /** What this server answers for a path (after the host): status, headers and body. */
  answer(path: string): Answer {
    const mount = [...this.mounts]
      .sort((a, b) => b.basePath.length - a.basePath.length)
      .find((m) => path.startsWith(m.basePath) || `${path}/` === m.basePath);
    if (!mount || this.failing.has(path))
      return { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Not found' };
    let file = normalize(join(mount.dir, path.slice(mount.basePath.length)));
    if (!file.startsWith(normalize(mount.dir))) return { status: 403, headers: {}, body: '' };
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) return { status: 301, headers: { Location: `${path}/` }, body: '' };
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      const notFound = join(mount.dir, '404.html');
      return {
        status: 404,
        headers: { 'Content-Type': TYPES['.html'] },
        body: existsSync(notFound) ? readFileSync(notFound) : 'Not found',
      };
    }
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...this.extraHeaders.get(extname(file)),
      ...this.extraHeaders.get(path),
    };
    return { status: 200, headers, body: readFileSync(file) };
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      this.requests.push(path);
      const { status, headers, body } = this.answer(path);
      res.writeHead(status, headers).end(body);
    });
    await new Promise<void>((done) => this.server!.listen(this.port, '127.0.0.1', done));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Stops answering at all, like a lost signal: connections are refused, not answered with errors. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
}
