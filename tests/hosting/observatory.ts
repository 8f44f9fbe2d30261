/**
 * The rules of Mozilla's HTTP Observatory (MDN's scanner and its 2024 scoring table) that a static
 * site's headers and home page decide, re-stated so a test can grade what the shipped config serves.
 * Start at 100; penalties always count; bonuses only once the score without them is at least 90.
 * A+ is 100 or more.
 */

export interface ObservatoryInput {
  /** Response headers of the home page, names in any case. */
  headers: Headers;
  /** The home page's HTML (for <meta http-equiv> policies and <script src>). */
  html: string;
  /** Where plain HTTP for the same host sends people: the Location of its first answer. */
  httpRedirectLocation: string | undefined;
  /** The https:// address being graded, like "https://cyber.example.org/". */
  url: string;
}

export interface RuleResult {
  test: string;
  result: string;
  modifier: number;
}

const BROAD = new Set(['*', 'http:', 'https:', 'ftp:', 'http://*', 'https://*', 'http://*.*', 'https://*.*']);
const UNSAFE_INLINE = new Set(["'unsafe-inline'", 'data:']);
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

type Policy = Map<string, Set<string>>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [directive, ...sources] = part.trim().split(/\s+/);
    if (!directive) continue;
    if (policy.has(directive.toLowerCase())) throw new Error(`duplicate directive ${directive}`);
    policy.set(directive.toLowerCase(), new Set(sources.length ? sources.map((s) => s.toLowerCase()) : ["'none'"]));
  }
  return policy;
}

/** Meta policies from the HTML: <meta http-equiv="content-security-policy" content="…">. */
function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta\s+http-equiv=["']?content-security-policy["']?\s+content="([^"]*)"/gi)].map((m) =>
    m[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"'),
  );
}

/** Several policies are all enforced: a directive set in more than one allows only what each allows. */
function combine(policies: Policy[]): Policy {
  const combined: Policy = new Map();
  for (const policy of policies) {
    for (const [directive, sources] of policy) {
      const before = combined.get(directive);
      combined.set(directive, before ? new Set([...before].filter((s) => sources.has(s))) : new Set(sources));
    }
  }
  return combined;
}

function cspRule(input: ObservatoryInput): { result: RuleResult; frameAncestors: boolean } {
  const headerPolicies = (input.headers.get('content-security-policy') ?? '').split(',').filter((p) => p.trim());
  const header = headerPolicies.map(parsePolicy);
  const meta = metaPolicies(input.html).map((text) => {
    const policy = parsePolicy(text);
    HEADER_ONLY.forEach((directive) => policy.delete(directive));
    return policy;
  });
  const test = 'content-security-policy';
  const frameAncestors = header.some(
    (p) => p.has('frame-ancestors') && ![...p.get('frame-ancestors')!].some((s) => BROAD.has(s)),
  );
  if (header.length + meta.length === 0)
    return { result: { test, result: 'csp-not-implemented', modifier: -25 }, frameAncestors };
  const csp = combine([...header, ...meta]);
  const pick = (name: string) => new Set(csp.get(name) ?? csp.get('default-src') ?? ['*']);
  const script = pick('script-src');
  const style = pick('style-src');
  const object = pick('object-src');
  for (const list of [script, style]) {
    if ([...list].some((s) => /^'(sha(256|384|512)|nonce)-/.test(s))) list.delete("'unsafe-inline'");
  }
  const has = (list: Set<string>, bad: Set<string>) => [...list].some((s) => bad.has(s));
  const result = (name: string, modifier: number) => ({ result: { test, result: name, modifier }, frameAncestors });
  if (has(script, new Set([...BROAD, ...UNSAFE_INLINE])) || has(object, BROAD))
    return result('csp-implemented-with-unsafe-inline', -20);
  if ([...csp.values()].some((sources) => [...sources].some((s) => s.startsWith('http:'))))
    return result('csp-implemented-with-insecure-scheme', -20);
  if (script.has("'unsafe-eval'") || style.has("'unsafe-eval'")) return result('csp-implemented-with-unsafe-eval', -10);
  if (has(style, new Set([...BROAD, ...UNSAFE_INLINE])))
    return result('csp-implemented-with-unsafe-inline-in-style-src-only', 0);
  const defaultSrc = csp.get('default-src');
  if (defaultSrc?.size === 1 && defaultSrc.has("'none'"))
    return result('csp-implemented-with-no-unsafe-default-src-none', 10);
  return result('csp-implemented-with-no-unsafe', 5);
}

function hstsRule(headers: Headers): RuleResult {
  const value = headers.get('strict-transport-security');
  const maxAge = Number(value?.match(/max-age=(\d+)/i)?.[1]);
  if (!value) return { test: 'strict-transport-security', result: 'hsts-not-implemented', modifier: -20 };
  if (!Number.isFinite(maxAge))
    return { test: 'strict-transport-security', result: 'hsts-header-invalid', modifier: -20 };
  return maxAge >= 15_768_000
    ? { test: 'strict-transport-security', result: 'hsts-implemented-max-age-at-least-six-months', modifier: 0 }
    : { test: 'strict-transport-security', result: 'hsts-implemented-max-age-less-than-six-months', modifier: -10 };
}

function referrerRule(headers: Headers): RuleResult {
  const test = 'referrer-policy';
  const value = headers.get('referrer-policy');
  if (!value) return { test, result: 'referrer-policy-not-implemented', modifier: 0 };
  const last = value
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .at(-1)!;
  if (['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(last))
    return { test, result: 'referrer-policy-private', modifier: 5 };
  if (['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'].includes(last))
    return { test, result: 'referrer-policy-unsafe', modifier: -5 };
  return { test, result: 'referrer-policy-header-invalid', modifier: -5 };
}

function corpRule(headers: Headers): RuleResult {
  const test = 'cross-origin-resource-policy';
  const value = headers.get('cross-origin-resource-policy')?.trim().toLowerCase();
  if (!value) return { test, result: 'corp-not-implemented', modifier: 0 };
  if (value === 'same-origin') return { test, result: 'corp-implemented-with-same-origin', modifier: 10 };
  if (value === 'same-site') return { test, result: 'corp-implemented-with-same-site', modifier: 10 };
  if (value === 'cross-origin') return { test, result: 'corp-implemented-with-cross-origin', modifier: 0 };
  return { test, result: 'corp-header-invalid', modifier: -5 };
}

function sriRule(input: ObservatoryInput): RuleResult {
  const test = 'subresource-integrity';
  const sources = [...input.html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gi)].map((m) => new URL(m[1], input.url));
  if (sources.length === 0) return { test, result: 'sri-not-implemented-but-no-scripts-loaded', modifier: 0 };
  const host = new URL(input.url).host;
  if (sources.every((src) => src.host === host))
    return { test, result: 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin', modifier: 0 };
  return { test, result: 'sri-not-implemented-but-external-scripts-loaded-securely', modifier: -5 };
}

/** Grades what the site sends, rule by rule. */
export function observatoryGrade(input: ObservatoryInput): { score: number; grade: string; rules: RuleResult[] } {
  const csp = cspRule(input);
  const xfo = input.headers.get('x-frame-options')?.trim().toLowerCase();
  const location = input.httpRedirectLocation ? new URL(input.httpRedirectLocation) : undefined;
  const rules: RuleResult[] = [
    csp.result,
    input.headers.has('set-cookie')
      ? { test: 'cookies', result: 'cookies-found (graded by flags)', modifier: -20 }
      : { test: 'cookies', result: 'cookies-not-found', modifier: 0 },
    input.headers.get('access-control-allow-origin') === '*'
      ? {
          test: 'cross-origin-resource-sharing',
          result: 'cross-origin-resource-sharing-implemented-with-public-access',
          modifier: 0,
        }
      : { test: 'cross-origin-resource-sharing', result: 'cross-origin-resource-sharing-not-implemented', modifier: 0 },
    corpRule(input.headers),
    location?.protocol === 'https:' && location.host === new URL(input.url).host
      ? { test: 'redirection', result: 'redirection-to-https', modifier: 0 }
      : { test: 'redirection', result: 'redirection-missing', modifier: -20 },
    referrerRule(input.headers),
    hstsRule(input.headers),
    sriRule(input),
    input.headers.get('x-content-type-options')?.trim().toLowerCase() === 'nosniff'
      ? { test: 'x-content-type-options', result: 'x-content-type-options-nosniff', modifier: 0 }
      : { test: 'x-content-type-options', result: 'x-content-type-options-not-implemented', modifier: -5 },
    csp.frameAncestors
      ? { test: 'x-frame-options', result: 'x-frame-options-implemented-via-csp', modifier: 5 }
      : xfo === 'deny' || xfo === 'sameorigin'
        ? { test: 'x-frame-options', result: 'x-frame-options-sameorigin-or-deny', modifier: 0 }
        : { test: 'x-frame-options', result: 'x-frame-options-not-implemented', modifier: -20 },
  ];
  const penalties = rules.filter((r) => r.modifier < 0).reduce((sum, r) => sum + r.modifier, 0);
  const bonuses = rules.filter((r) => r.modifier > 0).reduce((sum, r) => sum + r.modifier, 0);
  const score = Math.max(0, 100 + penalties + (100 + penalties >= 90 ? bonuses : 0));
  const grade =
    score >= 100 ? 'A+' : score >= 90 ? 'A' : score >= 85 ? 'A-' : score >= 80 ? 'B+' : score >= 70 ? 'B' : 'below B';
  return { score, grade, rules };
}
