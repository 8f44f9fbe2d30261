import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { observatoryGrade } from './observatory';
import { startShippedNginx, type ShippedNginx } from './nginx';

let shipped: ShippedNginx;
beforeAll(async () => {
  shipped = await startShippedNginx(inject('siteDir'), inject('subPathSiteDir'));
});
afterAll(async () => {
  await shipped?.close();
});

/** The first answer of the plain-HTTP server for the host, as the Observatory's first request sees it. */
function httpRedirect(port: number, host: string): Promise<string | undefined> {
  return new Promise((done, fail) => {
    request({ host: '127.0.0.1', port, path: '/', headers: { Host: host } }, (res) => {
      res.resume();
      done(res.headers.location);
    })
      .on('error', fail)
      .end();
  });
}

describe("Mozilla HTTP Observatory's rules, applied to the shipped nginx config", () => {
  it.each([
    ['nginx example 1', 0],
    ['the container', 2],
  ])('%s grades A+ with no penalty', async (_name, index) => {
    const { origin, label } = shipped.served[index];
    const response = await fetch(`${origin}/`);
    const grade = observatoryGrade({
      headers: response.headers,
      html: await response.text(),
      // The container leaves HTTPS to its load balancer; the shipped nginx config's own redirect stands for it.
      httpRedirectLocation: await httpRedirect(shipped.redirectPort, 'cyber.example.org'),
      url: 'https://cyber.example.org/',
    });
    console.info(
      `${label}: ${grade.score} (${grade.grade})\n${grade.rules.map((r) => `  ${r.modifier >= 0 ? '+' : ''}${r.modifier}  ${r.test}: ${r.result}`).join('\n')}`,
    );
    expect(grade.rules.filter((rule) => rule.modifier < 0)).toEqual([]);
    expect(Object.fromEntries(grade.rules.map((r) => [r.test, r.result]))).toMatchObject({
      'content-security-policy': 'csp-implemented-with-no-unsafe',
      'cross-origin-resource-policy': 'corp-implemented-with-same-origin',
      'referrer-policy': 'referrer-policy-private',
      'x-frame-options': 'x-frame-options-implemented-via-csp',
      'strict-transport-security': 'hsts-implemented-max-age-at-least-six-months',
      redirection: 'redirection-to-https',
      cookies: 'cookies-not-found',
    });
    expect(grade.grade).toBe('A+');
  });
});

describe('the Observatory rules as re-stated here', () => {
  it('fail a site with no headers, and a page policy allowing inline scripts', () => {
    const bare = observatoryGrade({
      headers: new Headers(),
      html: '<p>hi</p>',
      httpRedirectLocation: undefined,
      url: 'https://x.example/',
    });
    expect(bare.score).toBe(10);
    const inline = observatoryGrade({
      headers: new Headers({
        'Strict-Transport-Security': 'max-age=63072000',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "frame-ancestors 'none'",
      }),
      html: `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'unsafe-inline'">`,
      httpRedirectLocation: 'https://x.example/',
      url: 'https://x.example/',
    });
    expect(inline.rules.find((r) => r.test === 'content-security-policy')!.result).toBe(
      'csp-implemented-with-unsafe-inline',
    );
    expect(inline.grade).not.toBe('A+');
  });
});
