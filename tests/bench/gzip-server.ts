// Serves a built site as a CDN would, gzip and all, for Lighthouse: its simulated slow phone and slow
// network then see the bytes a real host sends. Files come from the tests' own static server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { StaticServer } from '../helpers/static-server.ts';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/;

export class GzipServer {
  private readonly files: StaticServer;
  private server?: Server;

  constructor(dir: string, basePath = '/') {
    this.files = new StaticServer([{ basePath, dir }]);
  }

  origin = '';

  async start(): Promise<this> {
    await this.files.start();
    this.server = createServer(async (req, res) => {
      const answer = await fetch(this.files.url(req.url ?? '/'), { method: req.method, redirect: 'manual' });
      const body = Buffer.from(await answer.arrayBuffer());
      const headers: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (!['content-length', 'connection', 'keep-alive', 'transfer-encoding', 'date'].includes(name))
          headers[name] = value;
      });
      const type = headers['content-type'] ?? '';
      const gzip =
        COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && body.length > 0;
      const sent = gzip ? gzipSync(body, { level: 6 }) : body;
      res.writeHead(answer.status, {
        ...headers,
        ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        'Content-Length': String(sent.length),
      });
      res.end(req.method === 'HEAD' ? undefined : sent);
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  url(path = '/'): string {
    return `${this.origin}${path}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((done) => (this.server ? this.server.close(() => done()) : done()));
    await this.files.stop();
  }
}
