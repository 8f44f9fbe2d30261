import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

/** The Nu HTML Checker's jar, from the vnu-jar package (run with Debian's Java, not the package's download). */
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

export const JAVA = process.env.JAVA_PATH ?? 'java';

/** One error from the checker: the file (a file: URL), its line, and what is wrong. */
export interface VnuMessage {
  url: string;
  lastLine?: number;
  message: string;
  type: string;
}

const NO_JAVA = `The HTML check runs the Nu HTML Checker (vnu-jar), which needs Java, and "${JAVA}" was not found. Install Debian's Java with: sudo apt-get install -y default-jre-headless (or set JAVA_PATH).`;

/**
 * Runs the Nu HTML Checker once over every HTML file in the given folders and files, and gives its
 * errors (warnings are left out). One run for everything: the checker's start-up is most of its time.
 */
export function checkHtml(paths: string[]): Promise<VnuMessage[]> {
  return new Promise((done, fail) => {
    const child = spawn(JAVA, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', ...paths]);
    let out = '';
    // The checker writes its report to standard error.
    child.stderr.on('data', (chunk) => (out += chunk));
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', (error: NodeJS.ErrnoException) => fail(error.code === 'ENOENT' ? new Error(NO_JAVA) : error));
    child.on('close', (code) => {
      try {
        done((JSON.parse(out) as { messages: VnuMessage[] }).messages);
      } catch {
        fail(new Error(`The Nu HTML Checker stopped (exit ${code}) without a report:\n${out.slice(-2000)}`));
      }
    });
  });
}
