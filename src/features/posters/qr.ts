// QR codes for the topic posters, made at build time as inline SVG: no script, no image request, and
// nothing the Content Security Policy would block (the SVG carries presentation attributes, never style="").
import QRCode from 'qrcode';
import { languageFolder, type Language } from '../../utils/language';

/** The options every poster QR code is made with (tests/browser/posters.test.ts reads the picture back). */
const QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 2 } as const;

/**
 * The address a topic poster's QR code opens: the trust's own copy, from site.yaml `url` and `basePath`,
 * in the poster's language (a Welsh poster opens the Welsh topic page, for a reader who cannot read the English).
 * Undefined when site.yaml has no `url`, because a QR code needs a full address.
 * @example topicAddress({ url: 'https://cyber.example.org', basePath: '/' }, 'devices') → 'https://cyber.example.org/topics/devices/'
 * @example topicAddress({ url: 'https://cyber.example.org', basePath: '/' }, 'devices', 'cy') → 'https://cyber.example.org/cy/topics/devices/'
 */
export function topicAddress(
  site: { url?: string; basePath: string },
  topic: string,
  language: Language = 'en',
): string | undefined {
  if (!site.url) return undefined;
  return new URL(`${site.basePath}${languageFolder(language)}topics/${topic}/`, site.url).href;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The qrcode package's SVG for `text`, exactly as it makes it. */
function rawQrSvg(text: string): Promise<string> {
  return QRCode.toString(text, QR_OPTIONS);
}

/**
 * An inline SVG QR code for `text`, named for screen readers by `label`, sized by the class `className`.
 * @throws {Error} if the SVG would carry a style attribute, which the site's CSP would block.
 */
export async function qrSvg(text: string, label: string, className: string): Promise<string> {
  const svg = (await rawQrSvg(text)).trim();
  if (/\sstyle\s*=/.test(svg)) {
    throw new Error(
      `qrcode made an SVG with a style attribute, which the Content Security Policy blocks; convert it to attributes in src/features/posters/qr.ts`,
    );
  }
  if (!svg.startsWith('<svg ')) throw new Error(`qrcode did not make an SVG for ${text}`);
  return svg.replace(
    '<svg ',
    `<svg class="${escapeAttribute(className)}" role="img" aria-label="${escapeAttribute(label)}" focusable="false" `,
  );
}
