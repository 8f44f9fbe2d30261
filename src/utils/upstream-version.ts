import pkg from '../../package.json' with { type: 'json' };

/**
 * This release of the guide (package.json's version): the built site names it in a generator meta
 * tag and the content report, so a central team can see which trusts' copies are behind.
 */
export const UPSTREAM_VERSION: string = pkg.version;

/** The package's name, as a trust's package.json depends on it and `npx` runs it. */
export const PACKAGE_NAME: string = pkg.name;

/** The major part of a version ("2" of "2.1.0"): renaming part of the overlay contract is a major release. */
export const majorOf = (version: string): number => Number(version.split('.')[0]);
