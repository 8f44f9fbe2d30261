import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/build';
import { MANIFEST_FILE, SERVICE_WORKER_FILE } from '../../src/hosting/security-headers';

/** Debian's nginx, as .ci/run installs it (nginx-light). */
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** The shipped configs, read as a trust would copy them. */
const SHIPPED_NGINX_CONFIG = join(ROOT, 'deploy/nginx/cyber-guide.conf');
const SHIPPED_CONTAINER_TEMPLATE = join(ROOT, 'deploy/container/default.conf.template');

/** A free loopback port (the tiny race with another process taking it first is acceptable in tests). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Replaces `find` exactly `times` times, failing loudly when the shipped config no longer has it. */
function replaceExactly(text: string, find: string, replacements: string[]): string {
  const parts = text.split(find);
  if (parts.length - 1 !== replacements.length) {
    throw new Error(
      `expected ${replacements.length} × "${find}" in the shipped nginx config, found ${parts.length - 1}`,
    );
  }
  return parts.reduce((out, part, i) => out + part + (replacements[i] ?? ''), '');
}

interface ShippedPorts {
  /** The plain-HTTP server that redirects to HTTPS. */
  redirect: number;
  /** Example 1: the guide at the root of its host. */
  root: number;
  /** Example 2: the guide under /trust/cyber/ of another site. */
  subPath: number;
}

/**
 * deploy/nginx/cyber-guide.conf, changed only as far as a test machine needs: loopback ports instead
 * of 80/443, no TLS (no certificate here), and the test's folders as roots. Everything else, every
 * location and every header, is exactly what ships.
 */
function localShippedConfig(shipped: string, ports: ShippedPorts, roots: { root: string; intranet: string }): string {
  let text = shipped
    .split('\n')
    .filter((line) => !/^\s*listen \[::\]/.test(line) && !/^\s*ssl_/.test(line))
    .join('\n');
  text = replaceExactly(text, 'listen 80;', [`listen 127.0.0.1:${ports.redirect};`]);
  text = replaceExactly(text, 'listen 443 ssl http2;', [
    `listen 127.0.0.1:${ports.root};`,
    `listen 127.0.0.1:${ports.subPath};`,
  ]);
  text = replaceExactly(text, 'root /var/www/cyber-guide;', [`root ${roots.root};`]);
  return replaceExactly(text, 'root /var/www/intranet;', [`root ${roots.intranet};`]);
}

/**
 * One of deploy/editor/nginx-*.conf, changed only as far as a test machine needs: a loopback port
 * instead of 443, no TLS, and the test's built editor as the root. Every header and type is as shipped.
 */
export function localEditorConfig(shipped: string, port: number, root: string): string {
  const text = shipped
    .split('\n')
    .filter((line) => !/^\s*listen \[::\]/.test(line) && !/^\s*ssl_/.test(line))
    .join('\n');
  return replaceExactly(
    replaceExactly(text, 'listen 443 ssl http2;', [`listen 127.0.0.1:${port};`]),
    'root /var/www/cyber-guide-editor;',
    [`root ${root};`],
  );
}

/** deploy/container/default.conf.template as the image build fills it in, on a loopback port. */
function localContainerConfig(template: string, port: number, root: string, basePath: string): string {
  let text = replaceExactly(template, 'listen 8080;', [`listen 127.0.0.1:${port};`]);
  text = replaceExactly(text, 'root /usr/share/nginx/html;', [`root ${root};`]);
  return text.replaceAll('${SITE_BASE_PATH}', basePath);
}

/**
 * A copy of a built site holding a file of every kind the config has a location for. Where the build
 * does not make one yet (no service worker or search index yet), a small stand-in is written so the
 * location is still tested; `stand-ins` says which.
 */
function siteWithEveryKind(dir: string): { dir: string; standIns: string[]; temp: string } {
  const temp = mkdtempSync(join(tmpdir(), 'cyber-guide-nginx-site-'));
  const copy = join(temp, 'site');
  cpSync(dir, copy, { recursive: true });
  const standIns: string[] = [];
  const ensure = (path: string, contents: string) => {
    if (existsSync(join(copy, path))) return;
    mkdirSync(join(copy, path, '..'), { recursive: true });
    writeFileSync(join(copy, path), contents);
    standIns.push(path);
  };
  ensure(SERVICE_WORKER_FILE, '// stand-in: this build has no service worker yet\n');
  ensure(MANIFEST_FILE, '{"name":"stand-in"}\n');
  ensure('pagefind/pagefind-entry.json', '{"version":"stand-in"}\n');
  return { dir: copy, standIns, temp };
}

/** A folder to serve as "root" with the site at basePath inside it, as a host would lay it out. */
function rootHolding(siteDir: string, basePath: string): string {
  if (basePath === '/') return siteDir;
  const root = mkdtempSync(join(tmpdir(), 'cyber-guide-nginx-root-'));
  const parent = join(root, basePath, '..');
  mkdirSync(parent, { recursive: true });
  symlinkSync(siteDir, join(root, basePath.replace(/\/$/, '')));
  return root;
}

/** Waits until something accepts connections on the port. */
async function waitForPort(port: number, process: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (process.exitCode !== null) throw new Error(`nginx stopped (exit ${process.exitCode}):\n${log()}`);
    const open = await new Promise<boolean>((done) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => {
        socket.end();
        done(true);
      });
      socket.on('error', () => done(false));
    });
    if (open) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`nginx did not listen on port ${port}:\n${log()}`);
}

/**
 * Debian's nginx in the foreground, with its own prefix, pid file, logs and temp folders, serving the
 * given server blocks (http context). Never a daemon: stop() ends exactly this process.
 */
export class NginxServer {
  private process?: ChildProcess;
  private output = '';
  readonly prefix = mkdtempSync(join(tmpdir(), 'cyber-guide-nginx-'));

  constructor(
    private readonly servers: string,
    private readonly ports: number[],
  ) {}

  async start(): Promise<this> {
    if (!existsSync(NGINX)) {
      throw new Error(
        `The hosting tests need Debian's nginx at ${NGINX}. Install it with: sudo apt-get install -y nginx-light (or set NGINX_PATH).`,
      );
    }
    const temp = join(this.prefix, 'temp');
    mkdirSync(temp);
    writeFileSync(join(this.prefix, 'servers.conf'), this.servers);
    // The built sites sit in private temp folders; as root, workers must stay root to read them.
    const user = process.getuid?.() === 0 ? 'user root;\n' : '';
    writeFileSync(
      join(this.prefix, 'nginx.conf'),
      `${user}daemon off;
worker_processes 1;
pid ${this.prefix}/nginx.pid;
error_log ${this.prefix}/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${temp}/body;
    proxy_temp_path ${temp}/proxy;
    fastcgi_temp_path ${temp}/fastcgi;
    uwsgi_temp_path ${temp}/uwsgi;
    scgi_temp_path ${temp}/scgi;
    include ${this.prefix}/servers.conf;
}
`,
    );
    const child = spawn(
      NGINX,
      ['-p', this.prefix, '-c', join(this.prefix, 'nginx.conf'), '-e', join(this.prefix, 'error.log')],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.process = child;
    child.stdout?.on('data', (chunk) => (this.output += chunk));
    child.stderr?.on('data', (chunk) => (this.output += chunk));
    const log = () =>
      `${this.output}${existsSync(join(this.prefix, 'error.log')) ? readFileSync(join(this.prefix, 'error.log'), 'utf8') : ''}`;
    for (const port of this.ports) await waitForPort(port, child, log);
    return this;
  }

  /** Stops this nginx (its master process, which takes its worker with it). */
  async stop(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  }
}

/** The example sub-path the shipped configs use. */
export const SUB_PATH = '/trust/cyber/';

/** One way the shipped configs serve the guide, on its own loopback port. */
interface Served {
  label: string;
  origin: string;
  basePath: string;
  /** The site folder nginx serves (a copy of the build, see siteWithEveryKind). */
  dir: string;
}

export interface ShippedNginx {
  nginx: NginxServer;
  /** Example 1 at /, example 2 under /trust/cyber/, the container at / and under /trust/cyber/. */
  served: Served[];
  /** The plain-HTTP server that redirects to HTTPS. */
  redirectPort: number;
  /** Files written as stand-ins because the build does not make them yet. */
  standIns: string[];
  /** Stops nginx and removes the copies it served. */
  close(): Promise<void>;
}

/**
 * One nginx serving the built sites with deploy/nginx/cyber-guide.conf (all three servers) and with
 * the container's config at / and under the sub-path.
 */
export async function startShippedNginx(siteDir: string, subPathSiteDir: string): Promise<ShippedNginx> {
  const root = siteWithEveryKind(siteDir);
  const sub = siteWithEveryKind(subPathSiteDir);
  const ports = { redirect: await freePort(), root: await freePort(), subPath: await freePort() };
  const containerRoot = await freePort();
  const containerSub = await freePort();
  const intranet = rootHolding(sub.dir, SUB_PATH);
  const servers = [
    localShippedConfig(readFileSync(SHIPPED_NGINX_CONFIG, 'utf8'), ports, { root: root.dir, intranet }),
    localContainerConfig(readFileSync(SHIPPED_CONTAINER_TEMPLATE, 'utf8'), containerRoot, root.dir, '/'),
    localContainerConfig(readFileSync(SHIPPED_CONTAINER_TEMPLATE, 'utf8'), containerSub, intranet, SUB_PATH),
  ].join('\n');
  const nginx = await new NginxServer(servers, [
    ports.redirect,
    ports.root,
    ports.subPath,
    containerRoot,
    containerSub,
  ]).start();
  return {
    nginx,
    async close() {
      await nginx.stop();
      for (const dir of [root.temp, sub.temp, intranet, nginx.prefix]) rmSync(dir, { recursive: true, force: true });
    },
    redirectPort: ports.redirect,
    standIns: [...new Set([...root.standIns, ...sub.standIns])],
    served: [
      { label: 'nginx example 1, at /', origin: `http://127.0.0.1:${ports.root}`, basePath: '/', dir: root.dir },
      {
        label: `nginx example 2, under ${SUB_PATH}`,
        origin: `http://127.0.0.1:${ports.subPath}`,
        basePath: SUB_PATH,
        dir: sub.dir,
      },
      { label: 'the container, at /', origin: `http://127.0.0.1:${containerRoot}`, basePath: '/', dir: root.dir },
      {
        label: `the container, under ${SUB_PATH}`,
        origin: `http://127.0.0.1:${containerSub}`,
        basePath: SUB_PATH,
        dir: sub.dir,
      },
    ],
  };
}
