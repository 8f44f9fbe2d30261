// A message to this copy's worker that waits (a little) for its answer: a page that goes on to another
// page, or says "done", does so once the worker has noted what it was told.

/** How long a page waits for the worker before it goes on anyway. */
const WORKER_ANSWER_MS = 1000;

/** Sends `message` to `worker` (none: nothing to tell) and resolves when it answers, or after a second. */
export function askWorker(
  worker: ServiceWorker | null | undefined,
  message: { type: string; language?: string },
): Promise<void> {
  if (!worker) return Promise.resolve();
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    setTimeout(done, WORKER_ANSWER_MS);
    worker.postMessage(message, [channel.port2]);
  });
}
