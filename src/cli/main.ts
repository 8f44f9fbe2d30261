/**
 * `npx cyber-pocket-guide <command>`: everything a trust's repository does, so its CI file only names
 * commands. Each command returns its exit code; messages name the file, the line and the fix.
 */
import { buildCommand } from './commands/build';
import { checkCommand } from './commands/check';
import { diffCommand } from './commands/diff';
import { initCommand } from './commands/init';
import { migrateCommand } from './commands/migrate';
import { outdatedCommand } from './commands/outdated';
import { replaceCommand } from './commands/replace';
import { UPSTREAM_VERSION } from '../utils/upstream-version';

/** What a command gets: its arguments after the command's name, the trust's folder, and where to print. */
export interface CommandContext {
  args: string[];
  cwd: string;
  print: (text: string) => void;
}

type Command = (context: CommandContext) => number | Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  init: {
    run: initCommand,
    usage: 'init [--ci github|azure|gitlab] [--hosting <host>]   start a trust repository here',
  },
  check: {
    run: checkCommand,
    usage: 'check [--strict] [--quiet]   check your files over this release (--strict: warnings fail too)',
  },
  build: {
    run: buildCommand,
    usage: 'build [--hosting azure-swa|iis|netlify|nginx|apache|container]   the site in dist/',
  },
  replace: {
    run: replaceCommand,
    usage: 'replace <slug>   start your own copy of a central guide, noting which version it copied',
  },
  diff: {
    run: diffCommand,
    usage: 'diff <slug>   what changed in a central guide you replace since your copy was made',
  },
  outdated: { run: outdatedCommand, usage: 'outdated   whether a newer release is out' },
  migrate: { run: migrateCommand, usage: 'migrate   rename the site.yaml fields a release renamed' },
};

const USAGE = [
  `cyber-pocket-guide ${UPSTREAM_VERSION}`,
  'Usage: npx cyber-pocket-guide <command>',
  ...Object.values(COMMANDS).map((c) => `  ${c.usage}`),
].join('\n');

/** Runs one command line; returns the exit code (2 for a command or option it does not know). */
export async function runCli(
  argv: string[],
  cwd: string,
  print = (text: string) => console.log(text),
): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--version') {
    print(UPSTREAM_VERSION);
    return 0;
  }
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    print(name && name !== '--help' ? `Unknown command ${name}.\n${USAGE}` : USAGE);
    return name && name !== '--help' ? 2 : 0;
  }
  return command.run({ args, cwd, print });
}
