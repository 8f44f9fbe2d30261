import { htaccess } from '../hosting/apache';
import { azureConfig } from '../hosting/azure';
import { headersFile, netlifyRedirects } from '../hosting/headers-file';
import { webConfig } from '../hosting/iis';
import { generatedNotice, type TrustBuild } from '../hosting/common';
import { nginxContainerConfig, nginxServerBasics, nginxSiteLocations } from '../hosting/nginx';
import { UPSTREAM_VERSION } from '../utils/upstream-version';

/** The hosts `build --hosting` writes a config for. */
export const HOSTS = ['azure-swa', 'iis', 'netlify', 'nginx', 'apache', 'container'] as const;
export type Host = (typeof HOSTS)[number];

/** One file of a host's config, by its path in the trust's repository. */
export interface HostingFile {
  path: string;
  contents: string;
}

// Files a web server reads from the site's own folder go in dist/; server configs, which must not be
// served, go in hosting/ beside it.

/** The config files for `host`, for the site served at `basePath` (the copy's own, from its site.yaml). */
export function hostingFiles(host: Host, basePath: string): HostingFile[] {
  const trust: TrustBuild = { host, version: UPSTREAM_VERSION };
  const notice = generatedNotice('#', trust);
  switch (host) {
    case 'azure-swa':
      return [{ path: 'dist/staticwebapp.config.json', contents: azureConfig(basePath) }];
    case 'iis':
      return [{ path: 'dist/web.config', contents: webConfig(basePath, trust) }];
    case 'apache':
      return [{ path: 'dist/.htaccess', contents: htaccess(basePath, trust) }];
    case 'netlify':
      return [
        { path: 'dist/_headers', contents: headersFile(basePath, trust) },
        ...(basePath === '/' ? [] : [{ path: 'dist/_redirects', contents: netlifyRedirects(basePath, trust) }]),
      ];
    case 'nginx':
      return [
        {
          path: 'hosting/nginx.conf',
          contents: `${notice}\n#\n# Put these lines in your server block (its https listen, server_name and certificates stay yours)\n# and copy dist/ to /var/www/cyber-guide${basePath.replace(/\/$/, '')}.\n\n${nginxServerBasics('/var/www/cyber-guide')}\n\n${nginxSiteLocations(basePath)}\n`,
        },
      ];
    case 'container':
      return [
        { path: 'hosting/default.conf.template', contents: nginxContainerConfig(trust) },
        {
          path: 'hosting/Dockerfile',
          contents: [
            notice,
            '#',
            '# The container: nginx (a non-root user, port 8080) serving dist/.',
            '# Build from the repository: docker build -f hosting/Dockerfile -t cyber-guide .',
            '# Run: docker run --rm -p 8080:8080 --read-only --tmpfs /tmp cyber-guide',
            '# For production, pin the base image by digest (image@sha256:…) and rebuild when it updates.',
            'FROM nginxinc/nginx-unprivileged:stable-alpine',
            `ARG SITE_BASE_PATH=${basePath}`,
            'USER root',
            'COPY hosting/default.conf.template /tmp/default.conf.template',
            "# Fill in the base path only (envsubst would otherwise also touch nginx's own $uri and $host).",
            "RUN envsubst '${SITE_BASE_PATH}' < /tmp/default.conf.template > /etc/nginx/conf.d/default.conf \\",
            '    && rm /tmp/default.conf.template \\',
            '    && nginx -t',
            `COPY dist /usr/share/nginx/html${basePath}`,
            'USER 101',
            'EXPOSE 8080',
            '',
          ].join('\n'),
        },
      ];
  }
}
