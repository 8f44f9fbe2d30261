/**
 * A trust's copy as a repository of its own (README, "Your trust's own copy"): the package as `npm pack`
 * makes it, installed from npm's cache with no network, `init`, the CI files' commands, an update to
 * a release whose central guide the trust replaces, and a renamed site.yaml field.
 */
import { appendFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { newBuildFolder, ROOT } from '../helpers/build';
import { siteFiles } from '../helpers/site-files';
import {
  copyOfCheckout,
  listing,
  pack,
  pinTarball,
  run,
  runOrThrow,
  tagRelease,
  trustFiles,
} from '../helpers/trust-package';

const WORK = newBuildFolder('trust-package-');
const TRUST = join(WORK, 'trust');
const { version: RELEASE } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const NEXT = `${Number(RELEASE.split('.')[0]) + 1}.0.0`;
const ADDED = 'Write down what you did on paper while the systems were down.';
const CLI = `${TRUST}/node_modules/.bin/node ${TRUST}/node_modules/.bin/cyber-pocket-guide`;
const example = inject('exampleSiteDir');

let tarballs: { release: string; next: string };

beforeAll(() => {
  const upstream = copyOfCheckout(join(WORK, 'upstream'));
  tagRelease(upstream, RELEASE);
  const release = pack(upstream, join(WORK, 'tarballs'));
  // The next major release: a central guide the example trust replaces has changed, and colours:
  // was once colors: (renamed in the release trusts have now, so the old name has stopped working).
  appendFileSync(join(upstream, 'content/guides/systems-are-down.mdx'), `\n${ADDED}\n`);
  const pkg = JSON.parse(readFileSync(join(upstream, 'package.json'), 'utf8')) as { version: string };
  writeFileSync(join(upstream, 'package.json'), JSON.stringify({ ...pkg, version: NEXT }, null, 2));
  const renames = join(upstream, 'src/config/renamed-fields.ts');
  writeFileSync(
    renames,
    readFileSync(renames, 'utf8').replace(
      'RENAMED_FIELDS: RenamedField[] = [];',
      `RENAMED_FIELDS: RenamedField[] = [{ from: 'colors', to: 'colours', renamedIn: '${RELEASE}' }];`,
    ),
  );
  tarballs = { release, next: pack(upstream, join(WORK, 'tarballs')) };
  mkdirSync(TRUST);
  pinTarball(TRUST, tarballs.release);
  runOrThrow('npm ci', TRUST);
}, 900_000);

/** The commands of each CI file `init --ci <host>` writes, in order. */
function ciCommands(): Record<string, string[]> {
  const commands: Record<string, string[]> = {};
  for (const [ci, file] of [
    ['github', '.github/workflows/guide.yml'],
    ['azure', 'azure-pipelines.yml'],
    ['gitlab', '.gitlab-ci.yml'],
  ]) {
    const dir = join(WORK, `init-${ci}`);
    mkdirSync(dir, { recursive: true });
    runOrThrow(`${CLI} init --ci ${ci}`, dir);
    const yaml = parse(readFileSync(join(dir, file), 'utf8'));
    commands[ci] =
      ci === 'github'
        ? yaml.jobs.site.steps.flatMap((s: { run?: string }) => (s.run ? [s.run] : []))
        : ci === 'azure'
          ? yaml.steps.flatMap((s: { script?: string }) => (s.script ? [s.script] : []))
          : [...yaml.site.script, ...yaml.publish.script];
    const bot =
      ci === 'github'
        ? parse(readFileSync(join(dir, '.github/dependabot.yml'), 'utf8'))
        : JSON.parse(readFileSync(join(dir, 'renovate.json'), 'utf8'));
    expect(JSON.stringify(bot), ci).toContain('cyber-pocket-guide');
  }
  return commands;
}

/** A page's HTML with the content hashes in built file names left out. */
const withoutAssetHashes = (html: string) =>
  html.replace(/(_astro\/[^"'\s)]*?\.)[\w-]{8}(\.(?:js|css|svg|png|jpg|webp|woff2?)\b)/g, '$1*$2');

describe('a trust repository on the packed package', () => {
  it('init writes at most 8 files, none of them code, with the release pinned exactly', () => {
    runOrThrow('npx cyber-pocket-guide init', TRUST);
    const files = trustFiles(TRUST);
    expect(files).toEqual([
      '.github/dependabot.yml',
      '.github/workflows/guide.yml',
      '.gitignore',
      'README.md',
      'brand/logo.svg',
      'package-lock.json',
      'package.json',
      'site.yaml',
    ]);
    expect(JSON.parse(readFileSync(join(TRUST, 'package.json'), 'utf8')).dependencies['cyber-pocket-guide']).toMatch(
      /^file:/,
    );
  });

  it("runs every CI file's commands with the example trust's files: each exits 0, the site is the example build's, node_modules is untouched", () => {
    const commands = ciCommands();
    const cli = 'npx cyber-pocket-guide';
    expect(commands).toEqual({
      github: ['npm ci', `${cli} check --strict`, `${cli} build --hosting nginx`],
      azure: ['npm ci', `${cli} check --strict`, `${cli} build --hosting azure-swa`],
      gitlab: ['npm ci', `${cli} check --strict`, `${cli} build --hosting nginx`, 'test -f dist/index.html'],
    });
    for (const name of ['guides', 'help.yaml', 'strings.yaml', 'site.yaml']) {
      cpSync(join(ROOT, 'examples/northshire', name), join(TRUST, name), { recursive: true });
    }
    // Each distinct command once, in the order the CI files run them: npm ci first, since it replaces node_modules.
    const distinct = [...new Set(Object.values(commands).flat())];
    runOrThrow(distinct[0], TRUST);
    const before = listing(join(TRUST, 'node_modules'));
    for (const command of distinct.slice(1)) {
      const { code, output } = run(command, TRUST);
      expect(code, `${command}\n${output.slice(-3000)}`).toBe(0);
      if (command.endsWith('--hosting nginx')) {
        const built = join(TRUST, 'dist');
        const pages = siteFiles(example).filter((f) => f.endsWith('.html'));
        expect(siteFiles(built).filter((f) => f.endsWith('.html'))).toEqual(pages);
        for (const page of pages) {
          expect(withoutAssetHashes(readFileSync(join(built, page), 'utf8')), page).toBe(
            withoutAssetHashes(readFileSync(join(example, page), 'utf8')),
          );
        }
        expect(readFileSync(join(TRUST, 'hosting/nginx.conf'), 'utf8')).toContain('location /trust/cyber/ {');
      }
    }
    expect(readFileSync(join(TRUST, 'dist/staticwebapp.config.json'), 'utf8')).toContain('/trust/cyber/404.html');
    expect(readFileSync(join(TRUST, 'dist/index.html'), 'utf8')).toContain(
      `<meta name="generator" content="cyber-pocket-guide ${RELEASE}">`,
    );
    expect(JSON.parse(readFileSync(join(TRUST, 'reports/content.json'), 'utf8')).upstream).toEqual({
      name: 'cyber-pocket-guide',
      version: RELEASE,
    });
    expect(listing(join(TRUST, 'node_modules'))).toEqual(before);
  }, 900_000);

  it('after an update that changed a central guide the trust replaces, check gives one warning naming the file and the diff command', () => {
    pinTarball(TRUST, tarballs.next);
    runOrThrow('npm ci', TRUST);
    const checked = run('npx cyber-pocket-guide check --quiet', TRUST);
    expect(checked.code, checked.output).toBe(0);
    expect(checked.output).toContain('0 errors, 1 warning, 0 notices');
    expect(checked.output).toContain(
      `guides/systems-are-down.mdx:2 — this copy was made from the central guide systems-are-down before release ${NEXT} changed it`,
    );
    expect(checked.output).toContain('run npx cyber-pocket-guide diff systems-are-down to see what changed');
    expect(checked.output).not.toContain('git log');
    expect(run('npx cyber-pocket-guide check --strict --quiet', TRUST).code).toBe(1);
    const diff = runOrThrow('npx cyber-pocket-guide diff systems-are-down', TRUST);
    expect(diff).toContain(`release ${NEXT} changed it`);
    expect(diff).toContain(`+ ${ADDED}`);
  }, 600_000);

  it('a renamed site.yaml field fails naming the file, the line and migrate; after migrate the site builds', () => {
    const site = join(TRUST, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace(/^colours:/m, 'colors:'));
    const line = readFileSync(site, 'utf8').split('\n').indexOf('colors:') + 1;
    const checked = run('npx cyber-pocket-guide check --quiet', TRUST);
    expect(checked.code).toBe(1);
    expect(checked.output).toContain(
      `site.yaml:${line} — colors: renamed colours in ${RELEASE}, and the old name stopped working in ${NEXT}`,
    );
    expect(checked.output).toContain('npx cyber-pocket-guide migrate');
    expect(runOrThrow('npx cyber-pocket-guide migrate', TRUST)).toContain(`site.yaml:${line} — colors is now colours`);
    expect(readFileSync(site, 'utf8')).toBe(readFileSync(join(ROOT, 'examples/northshire/site.yaml'), 'utf8'));
    runOrThrow('npx cyber-pocket-guide build', TRUST);
    expect(readFileSync(join(TRUST, 'dist/index.html'), 'utf8')).toContain(
      `<meta name="generator" content="cyber-pocket-guide ${NEXT}">`,
    );
  }, 600_000);
});
