import { CONTENT_TYPES, NOT_FOUND_PAGE, SECURITY_HEADERS, type CacheRule } from './security-headers.ts';
import { generatedNotice, intoTheSite, type TrustBuild, pagesRule, specificRules } from './common.ts';

const attr = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** IIS <location path> is relative to the folder holding web.config: "_astro" or "sw.js". */
const locationPath = (rule: CacheRule) =>
  'exact' in rule.match ? rule.match.exact : rule.match.prefix.replace(/\/$/, '');

function cacheLocation(rule: CacheRule): string {
  return `  <!-- ${rule.why}. Other headers are inherited: IIS merges header lists, unlike nginx. -->
  <location path="${locationPath(rule)}">
    <system.webServer>
      <httpProtocol>
        <customHeaders>
          <remove name="Cache-Control" />
          <add name="Cache-Control" value="${attr(rule.cacheControl)}" />
        </customHeaders>
      </httpProtocol>
    </system.webServer>
  </location>`;
}

/**
 * deploy/iis/web.config for IIS 10, placed in the built site's folder (the site's root, or an IIS
 * application at basePath).
 */
export function webConfig(basePath: string, trust?: TrustBuild): string {
  const pages = pagesRule();
  const headers = [
    ...SECURITY_HEADERS.map(({ name, value }) => ({ name, value })),
    { name: 'Cache-Control', value: pages.cacheControl },
  ]
    .map(
      ({ name, value }) =>
        `          <remove name="${name}" />\n          <add name="${name}" value="${attr(value)}" />`,
    )
    .join('\n');
  const types = Object.entries(CONTENT_TYPES)
    .map(
      ([extension, type]) =>
        `        <remove fileExtension="${extension}" />\n        <mimeMap fileExtension="${extension}" mimeType="${attr(type)}" />`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<!--
${generatedNotice('  ', trust)}

  The Cyber Pocket Guide on IIS 10, served at ${basePath}: ${intoTheSite(trust)} the built site (beside
  index.html). Redirect HTTP to HTTPS in the site's bindings or with the URL Rewrite module.
-->
<configuration>
  <system.webServer>
    <defaultDocument enabled="true">
      <files>
        <clear />
        <add value="index.html" />
      </files>
    </defaultDocument>
    <directoryBrowse enabled="false" />
    <!-- The site's own page for addresses that do not exist, sent with status 404. -->
    <httpErrors errorMode="Custom" existingResponse="Replace">
      <remove statusCode="404" />
      <error statusCode="404" path="${basePath}${NOT_FOUND_PAGE}" responseMode="ExecuteURL" />
    </httpErrors>
    <staticContent>
      <!-- IIS refuses to serve extensions it does not know (404.3). -->
${types}
    </staticContent>
    <httpProtocol>
      <customHeaders>
        <!-- Every response. ${pages.why}. -->
          <remove name="X-Powered-By" />
${headers}
      </customHeaders>
    </httpProtocol>
  </system.webServer>
${specificRules().map(cacheLocation).join('\n')}
</configuration>
`;
}
