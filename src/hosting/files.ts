import { EXAMPLE_SUB_PATH } from './security-headers.ts';
import { htaccess } from './apache.ts';
import { azureConfig } from './azure.ts';
import { headersFile, netlifyRedirects } from './headers-file.ts';
import { webConfig } from './iis.ts';
import { nginxConfig, nginxContainerConfig } from './nginx.ts';

/** One generated hosting file, by its path from the project root. */
export interface DeployFile {
  path: string;
  contents: string;
}

/**
 * Every generated file in deploy/: for each host the site served at "/", and the same under a
 * sub-path where the host needs a different file for it (nginx holds both in one file).
 */
export function deployFiles(): DeployFile[] {
  const sub = EXAMPLE_SUB_PATH;
  return [
    { path: 'deploy/nginx/cyber-guide.conf', contents: nginxConfig() },
    { path: 'deploy/container/default.conf.template', contents: nginxContainerConfig() },
    { path: 'deploy/apache/.htaccess', contents: htaccess('/') },
    { path: 'deploy/apache/sub-path/.htaccess', contents: htaccess(sub) },
    { path: 'deploy/iis/web.config', contents: webConfig('/') },
    { path: 'deploy/iis/sub-path/web.config', contents: webConfig(sub) },
    { path: 'deploy/azure/staticwebapp.config.json', contents: azureConfig('/') },
    { path: 'deploy/azure/sub-path/staticwebapp.config.json', contents: azureConfig(sub) },
    { path: 'deploy/netlify/_headers', contents: headersFile('/') },
    { path: 'deploy/netlify/sub-path/_headers', contents: headersFile(sub) },
    { path: 'deploy/netlify/sub-path/_redirects', contents: netlifyRedirects(sub) },
  ];
}
