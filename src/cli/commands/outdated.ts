import { execFileSync } from 'node:child_process';
import { PACKAGE_NAME, UPSTREAM_VERSION, majorOf } from '../../utils/upstream-version';
import type { CommandContext } from '../main';

/**
 * `outdated`: the installed release and the newest published one (npm's registry, through npm itself).
 * Exit 1 when a newer release is out, as `npm outdated` does; 2 when the registry cannot be asked.
 */
export function outdatedCommand({ print }: CommandContext): number {
  let latest: string;
  try {
    latest = JSON.parse(
      execFileSync('npm', ['view', PACKAGE_NAME, 'version', '--json'], { encoding: 'utf8' }),
    ) as string;
  } catch (error) {
    print(
      `${PACKAGE_NAME} ${UPSTREAM_VERSION} is installed; npm could not say which release is newest (${(error as Error).message.split('\n')[0]})`,
    );
    return 2;
  }
  if (latest === UPSTREAM_VERSION) {
    print(`${PACKAGE_NAME} ${UPSTREAM_VERSION} is the newest release.`);
    return 0;
  }
  const major =
    majorOf(latest) > majorOf(UPSTREAM_VERSION)
      ? ' It is a major release: read its notes, then run npx cyber-pocket-guide migrate.'
      : '';
  print(
    `${PACKAGE_NAME} ${UPSTREAM_VERSION} is installed; ${latest} is out.${major} Merge the update pull request when its checks pass, or: npm install --save-exact ${PACKAGE_NAME}@${latest}`,
  );
  return 1;
}
