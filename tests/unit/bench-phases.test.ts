import { describe, expect, it } from 'vitest';
import { parsePhases } from '../bench/phases';

// Astro writes a duration over a minute as "1m 39s" (a 2000-guide build on a loaded machine).
const LOG = `13:19:02 [types] Generated 3.50s
13:19:03 [build] Collecting build info...
13:19:21 [build] ✓ Completed in 18.62s.
13:19:21 [build] Building static entrypoints...
13:19:43 generating static routes
13:20:03 ✓ Completed in 19.03s.
13:20:03 [build] ✓ Completed in 1m 2s.
13:20:40 [cyber-pocket-guide] manifest and icons done in 517 ms
13:20:42 [build] 2093 page(s) built in 1m 39s`;

describe("the bench's reading of the build log", () => {
  it('reads durations of a minute or more ("1m 39s")', () => {
    const phases = parsePhases(LOG, 103);
    expect(phases['bundle']).toBeCloseTo(62 - 19.03, 5);
    expect(phases['render']).toBeCloseTo(19.03, 5);
    expect(phases['manifest and icons']).toBeCloseTo(0.517, 5);
  });
});
