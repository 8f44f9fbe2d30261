// A trust edits its overlay folder as its own site: the same collections, under examples/northshire/
// (or wherever CMS_CONTENT points) instead of content/. Its guides then add to or replace the central ones.

type Config = { collections: readonly Record<string, unknown>[] };
type Field = Record<string, unknown> & { fields?: Field[] };

/** An overlay's site.yaml lists only the settings it changes, so none of its fields is required. */
const optional = (fields: Field[]): Field[] =>
  fields.map((f) => ({ ...f, required: false, ...(f.fields ? { fields: optional(f.fields) } : {}) }));

/**
 * The config with every content/ path moved under `root` (unchanged when root is "content").
 * `overlayFileFields` gives, by a file's name, its form in an overlay, or null for a file a trust
 * does not have (cy/terms.yaml: the Welsh terms are the package's).
 */
export function underContentRoot<T extends Config>(
  config: T,
  root: string,
  overlayFileFields: Record<string, readonly unknown[] | null>,
): T {
  const move = (path: unknown) =>
    typeof path === 'string' && path.startsWith('content/')
      ? `${root.replace(/\/+$/, '')}/${path.slice('content/'.length)}`
      : path;
  const overlay = move('content/') !== 'content/';
  type File = Record<string, unknown> & { name?: string; fields: Field[] };
  const kept = (file: File) => !(overlay && file.name && overlayFileFields[file.name] === null);
  return {
    ...config,
    collections: config.collections.map((collection) => ({
      ...collection,
      ...(collection.folder ? { folder: move(collection.folder) } : {}),
      ...(Array.isArray(collection.files)
        ? {
            files: collection.files.filter(kept).map((file: File) => ({
              ...file,
              file: move(file.file),
              ...(file.name === 'site' && move(file.file) !== file.file ? { fields: optional(file.fields) } : {}),
              // A trust's help.yaml changes, adds and hides pages of the central one: a form of its own.
              ...(file.name && overlayFileFields[file.name] && move(file.file) !== file.file
                ? { fields: overlayFileFields[file.name] as Field[] }
                : {}),
            })),
          }
        : {}),
    })),
  };
}
