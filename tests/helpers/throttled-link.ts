// A built site served as a CDN would (gzip where it helps) down one slow mobile link: every response,
// the page's and the service worker's alike, waits a round trip and then shares the link's bandwidth
// with the others. Chromium's own throttling covers only the page, not its service worker, so the
// bench (tests/bench/offline-save.ts) and the offline save tests slow the link here, at the server.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cacheRuleFor } from '../../src/hosting/security-headers.ts';
import { StaticServer, type Answer } from './static-server.ts';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/;

export interface LinkOptions {
  /** Time from request to first byte, per request. */
  latencyMs: number;
  /** The link's bandwidth, shared by every response in flight. */
  bitsPerSecond: number;
}

/** A weak mobile signal: 150 ms a request and 1.6 Mbit/s, as Lighthouse's "slow 4G". */
export const WEAK_SIGNAL: LinkOptions = { latencyMs: 150, bitsPerSecond: 1_600_000 };
/** No throttling: a CDN on this machine, for Lighthouse (which simulates its own slow network). */
export const NO_THROTTLING: LinkOptions = { latencyMs: 0, bitsPerSecond: Number.POSITIVE_INFINITY };

/** One response the link carried to the end. */
export interface Sent {
  /** GET, or HEAD for a page's question whether the server answers. */
  method: string;
  path: string;
  /** The Sec-Fetch-Dest header: "empty" for a worker's or script's fetch, "document" for a page… */
  dest: string;
  /** Bytes on the wire (gzip-compressed where that is smaller). */
  bytes: number;
  /** Milliseconds since the link started, when the request came in and when its last byte went. */
  startMs: number;
  doneMs: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, Math.max(0, ms)));

export class ThrottledLink {
  private readonly files: StaticServer;
  private server?: Server;
  private port = 0;
  private readonly options: LinkOptions;
  /** When the link is next free to carry bytes (ms on this process's clock). */
  private linkFreeAt = 0;
  private startedAt = performance.now();
  /** Each compressible body the link has sent, compressed (keyed by its bytes). */
  private readonly compressed = new Map<string, Buffer>();
  /** Every response carried to its end, in order. */
  readonly sent: Sent[] = [];

  constructor(dir: string, options: LinkOptions = WEAK_SIGNAL, basePath = '/') {
    this.files = new StaticServer([{ basePath, dir }]);
    this.options = options;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  url(path = '/'): string {
    return `${this.origin}${path}`;
  }

  /** Milliseconds since the link started (or since `restartClock`). */
  now(): number {
    return performance.now() - this.startedAt;
  }

  /** Counts time, and what was sent, from now on. */
  restartClock(): void {
    this.startedAt = performance.now();
    this.sent.length = 0;
  }

  /**
   * The bytes a CDN sends for an answer: gzip-compressed where that helps and the browser accepts it.
   * Compressed once per file and kept, as a CDN keeps it, so the link's own work stays off the clock.
   */
  private wire(answer: Answer, acceptsGzip: boolean): { wire: Buffer; gzip: boolean } {
    const body = Buffer.from(answer.body);
    const gzip = COMPRESSIBLE.test(answer.headers['Content-Type'] ?? '') && acceptsGzip && body.length > 0;
    if (!gzip) return { wire: body, gzip };
    const kept = this.compressed.get(body.toString('latin1'));
    if (kept) return { wire: kept, gzip };
    const wire = gzipSync(body, { level: 6 });
    this.compressed.set(body.toString('latin1'), wire);
    return { wire, gzip };
  }

  private async answer(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const startMs = this.now();
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const answer = this.files.answer(path);
    const { wire, gzip } = this.wire(answer, /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')));
    const bytes = req.method === 'HEAD' ? 0 : wire.length;
    // The round trip, then this response's turn on the link, which carries one response's bytes at a time.
    await sleep(startMs + this.options.latencyMs - this.now());
    const start = Math.max(performance.now(), this.linkFreeAt);
    this.linkFreeAt = start + (bytes * 8 * 1000) / this.options.bitsPerSecond;
    await sleep(this.linkFreeAt - performance.now());
    res.on('finish', () =>
      this.sent.push({
        method: req.method ?? 'GET',
        path,
        dest: String(req.headers['sec-fetch-dest'] ?? ''),
        bytes,
        startMs,
        doneMs: this.now(),
      }),
    );
    res.writeHead(answer.status, {
      ...answer.headers,
      // As the hosting configs in deploy/ send it: Astro's hashed files may be kept for a year.
      ...(answer.status === 200 ? { 'Cache-Control': cacheRuleFor(this.belowBase(path)).cacheControl } : {}),
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      'Content-Length': String(wire.length),
    });
    res.end(req.method === 'HEAD' ? undefined : wire);
  }

  /** A path below the base path of the mount that serves it ("_astro/x.js"). */
  private belowBase(path: string): string {
    const mount = this.files.mounts.find(({ basePath }) => path.startsWith(basePath));
    return mount ? path.slice(mount.basePath.length) : path;
  }

  /** Compresses every file of the site before the clock starts, as a CDN serves them precompressed. */
  private precompress(): void {
    for (const { basePath, dir } of this.files.mounts)
      for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }))
        if (statSync(join(dir, file)).isFile()) this.wire(this.files.answer(`${basePath}${file}`), true);
  }

  async start(): Promise<this> {
    if (this.compressed.size === 0) this.precompress();
    this.linkFreeAt = 0;
    this.server = createServer((req, res) => {
      this.answer(req, res).catch(() => res.destroy());
    });
    await new Promise<void>((done) => this.server!.listen(this.port, '127.0.0.1', done));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Stops answering at all, like a lost signal; `start` again answers on the same port. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    }
  }
}
