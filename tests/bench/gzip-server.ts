// Serves a built site as a CDN would, gzip and all, for Lighthouse: its simulated slow phone and slow
// network then see the bytes a real host sends. The link itself is not slowed: Lighthouse simulates that.
import { NO_THROTTLING, ThrottledLink } from '../helpers/throttled-link.ts';

export class GzipServer extends ThrottledLink {
  constructor(dir: string, basePath = '/') {
    super(dir, NO_THROTTLING, basePath);
  }
}
