import { describe, expect, it } from 'vitest';
import { isExampleNumber, unchangedExampleNumbers } from '../../src/config/example-numbers';

describe("example numbers (Ofcom's ranges for drama)", () => {
  it('knows the four ranges, however the number is spaced', () => {
    for (const phone of [
      '0306 999 0001',
      '020 7946 0123',
      '01632 960999',
      '07700 900 000',
      '+44 20 7946 0000',
      '(01632) 960001',
    ])
      expect(isExampleNumber(phone), phone).toBe(true);
    for (const phone of ['0300 123 4567', '0300 123 2040', '020 7946 1000', '7726', '101'])
      expect(isExampleNumber(phone), phone).toBe(false);
  });

  it('names only contacts whose published number is still the central example, with its line in content/site.yaml', () => {
    const source =
      'contacts:\n  serviceDesk:\n    phone: "0306 999 0001"\n  csoc:\n    phone: "0300 303 5222"\n  securityTeam:\n    phone: "0306 999 0003"\n';
    const central = {
      contacts: {
        serviceDesk: { phone: '0306 999 0001' },
        csoc: { phone: '0300 303 5222' },
        securityTeam: { phone: '0306 999 0003' },
      },
      source,
      file: 'content/site.yaml',
    };
    const published = {
      serviceDesk: { phone: '0306 999 0001' },
      csoc: { phone: '0300 303 5222' },
      securityTeam: { phone: '01632 960002' },
    };
    expect(unchangedExampleNumbers(central, published, 'trusts/ours/site.yaml')).toEqual([
      {
        severity: 'warning',
        file: 'content/site.yaml',
        line: 3,
        field: 'contacts.serviceDesk.phone',
        message:
          '"0306 999 0001" is the central content\'s example number, which rings no real line, and this copy publishes it unchanged; set your own number under contacts.serviceDesk in trusts/ours/site.yaml',
      },
    ]);
  });
});

describe('`npm run check` on a trust copy with the example numbers', () => {
  it('lists each as a warning with its line in content/site.yaml, and the build goes on', async () => {
    const { runChecks } = await import('../../src/checks/runner');
    const { ROOT } = await import('../helpers/build');
    const run = runChecks({ root: ROOT, overlay: 'tests/fixtures/overlays/long-short-name' });
    const warned = run.problems.filter((p) => p.message.includes('example number'));
    expect(warned.map((p) => [p.severity, p.file, typeof p.line])).toEqual(
      Array(4).fill(['warning', 'content/site.yaml', 'number']),
    );
    expect(run.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
