// The content checks on a thread of their own, so a build checks its content while Astro loads it.
// Plain Node runs this file (as `npm run check` runs the checks), hence the extensionless imports hook.
import { parentPort, workerData } from 'node:worker_threads';
import { resolveExtensionlessTs } from '../utils/resolve-ts.ts';

resolveExtensionlessTs();
const { checkOutcome } = await import('./check-outcome.ts');
parentPort!.postMessage(checkOutcome(workerData));
