// Which repository the editor saves to, chosen when it is built (CMS_BACKEND=…).
//   local     (default, `npm run cms`): GitHub config, but on localhost Sveltia offers
//             "Work with Local Repository" — the files on this computer, in Chrome or Edge.
//   test-repo files kept in the browser only (the browser test seeds them from content/).
//   github / gitlab: a trust's hosted editor; CMS_REPO=owner/name, CMS_BRANCH=main.

export type BackendKind = 'local' | 'test-repo' | 'github' | 'gitlab';

/** The API host each backend talks to from the browser: the one address the editor's policy lets it reach. */
export const API_ORIGINS: Record<BackendKind, string[]> = {
  local: [],
  'test-repo': [],
  github: ['https://api.github.com'],
  gitlab: ['https://gitlab.com'],
};

/** The backend block of the CMS config (and, for a hosted editor, review by pull request), from the environment. */
export function backendOf(env: NodeJS.ProcessEnv): {
  kind: BackendKind;
  config: Record<string, unknown>;
  publishMode?: 'editorial_workflow';
} {
  const kind = (env.CMS_BACKEND ?? 'local') as BackendKind;
  if (!(kind in API_ORIGINS)) throw new Error(`CMS_BACKEND=${kind}: use local, test-repo, github or gitlab`);
  if (kind === 'test-repo') return { kind, config: { name: 'test-repo' } };
  const repo = env.CMS_REPO ?? 'your-trust/cyber-pocket-guide';
  const branch = env.CMS_BRANCH ?? 'main';
  // Drafts and review as pull (merge) requests: nothing reaches the site before someone approves it.
  const config = { name: kind === 'gitlab' ? 'gitlab' : 'github', repo, branch, auth_methods: ['token'] };
  return kind === 'local' ? { kind, config } : { kind, config, publishMode: 'editorial_workflow' };
}
