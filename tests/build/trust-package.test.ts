/**
 * A trust's copy as a repository of its own (README, "Your trust's own copy"): the package as `npm pack`
 * makes it, installed from npm's cache with no network, `init`, the CI files' commands, an update to
 * a release whose central guide the trust replaces, and a renamed site.yaml field.
 *
 * One repository all through, as a trust's is: one install (npm ci from the shipped shrinkwrap), one
 * build of each release. Each command the CI files run, runs here once: `npm ci` is the install
 * (after init, `npm ci --dry-run` says the CI's install still accepts package.json and its lock), the
 * first release's build is the GitHub and GitLab files' `build --hosting nginx`, and the update's build,
 * after migrate, is the Azure file's `build --hosting azure-swa`.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { newBuildFolder, ROOT } from '../helpers/build';
import { siteFiles } from '../helpers/site-files';
import { listing, packReleases, pinTarball, run, runOrThrow, trustFiles } from '../helpers/trust-package';

const WORK = newBuildFolder('trust-package-');
const TRUST = join(WORK, 'trust');
const { version: RELEASE } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const NEXT = `${Number(RELEASE.split('.')[0]) + 1}.0.0`;
const ADDED = 'Write down what you did on paper while the systems were down.';
const CLI = 'npx cyber-pocket-guide';
const CI_FILES = { github: '.github/workflows/guide.yml', azure: 'azure-pipelines.yml', gitlab: '.gitlab-ci.yml' };
const example = inject('exampleSiteDir');

let tarballs: { release: string; next: string };

beforeAll(() => {
  // The next major release: a central guide the example trust replaces has changed, and colours: was
  // once colors: (renamed in the release trusts have now, so the old name has stopped working).
  tarballs = packReleases(join(WORK, 'upstream'), join(WORK, 'tarballs'), {
    release: RELEASE,
    next: NEXT,
    appendToGuide: ['systems-are-down', ADDED],
    rename: { from: 'colors', to: 'colours', renamedIn: RELEASE },
  });
  mkdirSync(TRUST);
  // What `npm install --save-exact cyber-pocket-guide` leaves: package.json and its lock, here from the
  // package's shipped npm-shrinkwrap.json, installed from npm's cache. The run's only install.
  pinTarball(TRUST, tarballs.release);
  runOrThrow('npm ci', TRUST);
}, 900_000);

/** The commands of a CI file `init --ci <ci>` wrote, in order. */
function commandsOf(ci: keyof typeof CI_FILES, dir: string): string[] {
  const yaml = parse(readFileSync(join(dir, CI_FILES[ci]), 'utf8'));
  if (ci === 'github') return yaml.jobs.site.steps.flatMap((s: { run?: string }) => (s.run ? [s.run] : []));
  if (ci === 'azure') return yaml.steps.flatMap((s: { script?: string }) => (s.script ? [s.script] : []));
  return [...yaml.site.script, ...yaml.publish.script];
}

/** A page's HTML with the content hashes in built file names left out. */
const withoutAssetHashes = (html: string) =>
  html.replace(/(_astro\/[^"'\s)]*?\.)[\w-]{8}(\.(?:js|css|svg|png|jpg|webp|woff2?)\b)/g, '$1*$2');

describe('a trust repository on the packed package', () => {
  it('init writes at most 8 files, none of them code, with the release pinned exactly', () => {
    runOrThrow(`${CLI} init`, TRUST);
    expect(trustFiles(TRUST)).toEqual([
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
    // The CI's npm ci still takes package.json and the lock as init left them.
    runOrThrow('npm ci --dry-run', TRUST);
  });

  it("writes CI files for GitHub, Azure DevOps and GitLab whose commands are the package's, and bot configs that parse", () => {
    const commands: Record<string, string[]> = {};
    for (const ci of ['azure', 'gitlab'] as const) {
      const dir = join(WORK, `init-${ci}`);
      mkdirSync(dir);
      runOrThrow(`${join(TRUST, 'node_modules/.bin/cyber-pocket-guide')} init --ci ${ci}`, dir);
      commands[ci] = commandsOf(ci, dir);
      const renovate = JSON.parse(readFileSync(join(dir, 'renovate.json'), 'utf8')) as {
        packageRules: { matchPackageNames: string[]; enabled: boolean }[];
      };
      expect(renovate.packageRules.find((r) => r.matchPackageNames.includes('cyber-pocket-guide'))?.enabled, ci).toBe(
        true,
      );
    }
    commands.github = commandsOf('github', TRUST);
    expect(parse(readFileSync(join(TRUST, '.github/dependabot.yml'), 'utf8')).updates[0]).toMatchObject({
      'package-ecosystem': 'npm',
      allow: [{ 'dependency-name': 'cyber-pocket-guide' }],
    });
    expect(commands).toEqual({
      github: ['npm ci', `${CLI} check --strict`, `${CLI} build --hosting nginx`],
      azure: ['npm ci', `${CLI} check --strict`, `${CLI} build --hosting azure-swa`],
      gitlab: ['npm ci', `${CLI} check --strict`, `${CLI} build --hosting nginx`, 'test -f dist/index.html'],
    });
  });

  it("runs the CI files' check and build on the example trust's files: the site is build:example's, and node_modules is untouched", () => {
    for (const name of ['guides', 'help.yaml', 'strings.yaml', 'site.yaml', 'alerts.yaml']) {
      cpSync(join(ROOT, 'examples/northshire', name), join(TRUST, name), { recursive: true });
    }
    const before = listing(join(TRUST, 'node_modules'));
    for (const command of [`${CLI} check --strict`, `${CLI} build --hosting nginx`, 'test -f dist/index.html']) {
      const { code, output } = run(command, TRUST);
      expect(code, `${command}\n${output.slice(-3000)}`).toBe(0);
    }
    const built = join(TRUST, 'dist');
    const pages = siteFiles(example).filter((f) => f.endsWith('.html'));
    expect(siteFiles(built).filter((f) => f.endsWith('.html'))).toEqual(pages);
    for (const page of pages) {
      expect(withoutAssetHashes(readFileSync(join(built, page), 'utf8')), page).toBe(
        withoutAssetHashes(readFileSync(join(example, page), 'utf8')),
      );
    }
    // The build ran with BASE_URL=/ in its environment (helpers/trust-package.ts): links keep the copy's base path.
    expect(readFileSync(join(built, 'index.html'), 'utf8')).toContain('href="/trust/cyber/help/"');
    expect(readFileSync(join(TRUST, 'hosting/nginx.conf'), 'utf8')).toContain('location /trust/cyber/ {');
    expect(readFileSync(join(built, 'index.html'), 'utf8')).toContain(
      `<meta name="generator" content="cyber-pocket-guide ${RELEASE}">`,
    );
    expect(JSON.parse(readFileSync(join(TRUST, 'reports/content.json'), 'utf8')).upstream).toEqual({
      name: 'cyber-pocket-guide',
      version: RELEASE,
    });
    expect(listing(join(TRUST, 'node_modules'))).toEqual(before);
  }, 600_000);

  it('after an update that changed a central guide the trust replaces, check gives one warning naming the file and the diff command', () => {
    // What the update pull request changes: the pinned release in package.json and the lock.
    runOrThrow(`npm install --save-exact ${tarballs.next}`, TRUST);
    const checked = run(`${CLI} check --quiet`, TRUST);
    expect(checked.code, checked.output).toBe(0);
    expect(checked.output).toContain('0 errors, 1 warning, 0 notices');
    expect(checked.output).toContain(
      `guides/systems-are-down.mdx:2 — this copy was made from the central guide systems-are-down before release ${NEXT} changed it`,
    );
    expect(checked.output).toContain('run npx cyber-pocket-guide diff systems-are-down to see what changed');
    expect(checked.output).not.toContain('git log');
    expect(run(`${CLI} check --strict --quiet`, TRUST).code).toBe(1);
    const diff = runOrThrow(`${CLI} diff systems-are-down`, TRUST);
    expect(diff).toContain(`release ${NEXT} changed it`);
    expect(diff).toContain(`+ ${ADDED}`);
  }, 600_000);

  it("a renamed site.yaml field fails naming the file, the line and migrate; after migrate the Azure file's build passes", () => {
    const site = join(TRUST, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace(/^colours:/m, 'colors:'));
    const line = readFileSync(site, 'utf8').split('\n').indexOf('colors:') + 1;
    const checked = run(`${CLI} check --quiet`, TRUST);
    expect(checked.code).toBe(1);
    expect(checked.output).toContain(
      `site.yaml:${line} — colors: renamed colours in ${RELEASE}, and the old name stopped working in ${NEXT}`,
    );
    expect(checked.output).toContain('npx cyber-pocket-guide migrate');
    expect(runOrThrow(`${CLI} migrate`, TRUST)).toContain(`site.yaml:${line} — colors is now colours`);
    expect(readFileSync(site, 'utf8')).toBe(readFileSync(join(ROOT, 'examples/northshire/site.yaml'), 'utf8'));
    const { code, output } = run(`${CLI} build --hosting azure-swa`, TRUST);
    expect(code, output.slice(-3000)).toBe(0);
    expect(readFileSync(join(TRUST, 'dist/staticwebapp.config.json'), 'utf8')).toContain('/trust/cyber/404.html');
    expect(readFileSync(join(TRUST, 'dist/index.html'), 'utf8')).toContain(
      `<meta name="generator" content="cyber-pocket-guide ${NEXT}">`,
    );
  }, 600_000);
});
