import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CommandContext } from '../main';
import { HOSTS, type Host } from '../hosting';
import { oneOf, optionValue, unknownOptions } from '../options';
import { PACKAGE_ROOT, readTrustPackage } from '../trust';
import { PACKAGE_NAME, UPSTREAM_VERSION } from '../../utils/upstream-version';

const TEMPLATES = new URL('../templates/', import.meta.url);
const EXAMPLE = join(PACKAGE_ROOT, 'examples/northshire');
const CI = ['github', 'azure', 'gitlab'] as const;
type Ci = (typeof CI)[number];

/** Each host's CI file and update bot (Dependabot on GitHub; Renovate, which runs there, elsewhere). */
const CI_FILES: Record<Ci, { ci: [string, string]; bot: [string, string]; hosting: Host }> = {
  github: {
    ci: ['github-actions.yml', '.github/workflows/guide.yml'],
    bot: ['dependabot.yml', '.github/dependabot.yml'],
    hosting: 'nginx',
  },
  azure: {
    ci: ['azure-pipelines.yml', 'azure-pipelines.yml'],
    bot: ['renovate.json', 'renovate.json'],
    hosting: 'azure-swa',
  },
  gitlab: { ci: ['gitlab-ci.yml', '.gitlab-ci.yml'], bot: ['renovate.json', 'renovate.json'], hosting: 'nginx' },
};

const template = (name: string) => readFileSync(new URL(name, TEMPLATES), 'utf8');
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (all, key: string) => values[key] ?? all);

/** The trust's new files, by path: all text, none of them code. */
export function trustFiles(ci: Ci, hosting: Host): Map<string, string> {
  const files = CI_FILES[ci];
  const values = { hosting, version: UPSTREAM_VERSION, name: 'Our Cyber Pocket Guide' };
  const deploy =
    ci === 'azure'
      ? template(hosting === 'azure-swa' ? 'azure-deploy-static-web-app.yml' : 'azure-deploy-artifact.yml')
      : '';
  const site = readFileSync(join(EXAMPLE, 'site.yaml'), 'utf8').replace(
    /^(# .*\n)+/,
    '# Your copy of the Cyber Pocket Guide: only what differs from the central site.yaml. Started from the\n# example trust (Northshire): change every value to your own, and delete what you keep as it is centrally.\n',
  );
  return new Map([
    ['site.yaml', site],
    ['.gitignore', template('gitignore')],
    ['README.md', fill(template('README.md'), values)],
    [files.ci[1], fill(template(files.ci[0]), { ...values, deploy: fill(deploy.trimEnd(), values) })],
    [files.bot[1], template(files.bot[0])],
  ]);
}

/** package.json pins the upstream release exactly: an update is a reviewed pull request, never a surprise. */
function pinUpstream(cwd: string): string {
  const pkg = readTrustPackage(cwd) ?? {};
  const deps = { ...(pkg.dependencies as Record<string, string> | undefined) };
  const spec = deps[PACKAGE_NAME];
  if (spec === undefined || /^[\^~]/.test(spec)) deps[PACKAGE_NAME] = UPSTREAM_VERSION;
  // npm runs only the install scripts a project allows: the build's own Node and esbuild need theirs.
  const { allowScripts } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
    allowScripts: object;
  };
  const pinned = {
    private: true,
    ...pkg,
    dependencies: deps,
    allowScripts: { ...allowScripts, ...(pkg.allowScripts as object) },
  };
  writeFileSync(join(cwd, 'package.json'), `${JSON.stringify(pinned, null, 2)}\n`);
  return deps[PACKAGE_NAME];
}

/**
 * `init [--ci github|azure|gitlab] [--hosting <host>]`: a trust repository in this folder. Existing
 * files are left as they are. Optional files (guides/, pages/, help.yaml, strings.yaml) are added when
 * the trust needs them, as the README says.
 */
export function initCommand({ args, cwd, print }: CommandContext): number {
  const unknown = unknownOptions(args, ['--ci', '--hosting'], ['--ci', '--hosting']);
  const ci = oneOf(optionValue(args, '--ci') ?? 'github', CI, '--ci');
  const hosting = oneOf(
    optionValue(args, '--hosting') ?? ('value' in ci ? CI_FILES[ci.value].hosting : 'nginx'),
    HOSTS,
    '--hosting',
  );
  if (unknown.length || !('value' in ci) || !('value' in hosting)) {
    const problems = [
      ...unknown.map((u) => `Unknown option ${u}.`),
      ...[ci, hosting].flatMap((c) => ('problem' in c ? [c.problem] : [])),
    ];
    print(
      `${problems.join('\n')}\nUsage: npx cyber-pocket-guide init [--ci ${CI.join('|')}] [--hosting ${HOSTS.join('|')}]`,
    );
    return 2;
  }
  const files = trustFiles(ci.value, hosting.value);
  for (const [path, contents] of files) {
    const target = join(cwd, path);
    if (existsSync(target)) {
      print(`kept ${path} (it is there already)`);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, contents);
    print(`wrote ${path}`);
  }
  const logo = join(cwd, 'brand/logo.svg');
  if (!existsSync(logo)) {
    mkdirSync(dirname(logo), { recursive: true });
    copyFileSync(join(EXAMPLE, 'brand/logo.svg'), logo);
    print('wrote brand/logo.svg (the example trust’s: put your own in its place)');
  }
  print(`package.json: ${PACKAGE_NAME} ${pinUpstream(cwd)}`);
  print('Next: change site.yaml to your trust’s values, then npx cyber-pocket-guide check, commit and push.');
  return 0;
}
