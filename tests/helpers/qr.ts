// Reads a poster's QR code back from a picture, as a phone's camera would: for the English and Welsh poster tests.
import jsQR from 'jsqr';
import sharp from 'sharp';

/** The text of the QR code in a picture (PNG), as a phone's camera would read it; undefined if none is found. */
export async function decodeQr(png: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}
