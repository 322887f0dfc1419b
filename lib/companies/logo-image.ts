// SPDX-License-Identifier: EUPL-1.2
import sharp from "sharp";
import { LOGO_MAX_BYTES } from "./logo-url";

export const LOGO_MAX_PX = 512;
// A small file can still decode to a huge bitmap; far above any real logo, far below memory trouble.
const MAX_INPUT_PIXELS = 40_000_000;

export type LogoProblem = "empty" | "tooLarge" | "unsupportedType" | "unreadable";
export type ImageType = "png" | "jpeg" | "webp";

export type ProcessedLogo =
  | { ok: true; data: Buffer; width: number; height: number; sourceType: ImageType }
  | { ok: false; problem: LogoProblem };

/** The image type by its first bytes; file names and the browser's MIME type are not trusted. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  const starts = (sig: number[], offset = 0) => sig.every((b, i) => bytes[offset + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (starts([0xff, 0xd8, 0xff])) return "jpeg";
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  return null;
}

/**
 * Checks an uploaded logo and re-encodes it: at most 512 px on the longer side, WebP, EXIF
 * orientation applied and all metadata (camera, GPS) dropped. Re-encoding also means the
 * portal never serves the uploader's bytes, so a polyglot file cannot ride along.
 */
export async function processLogo(bytes: Buffer): Promise<ProcessedLogo> {
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, problem: "tooLarge" };
  const sniffed = sniffImageType(bytes);
  if (!sniffed) return { ok: false, problem: "unsupportedType" };
  try {
    const input = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", pages: 1 });
    const meta = await input().metadata();
    // The decoder must agree with the magic bytes, e.g. a PNG header glued onto something else.
    if (meta.format !== sniffed) return { ok: false, problem: "unsupportedType" };
    const { data, info } = await input()
      .rotate()
      .resize({ width: LOGO_MAX_PX, height: LOGO_MAX_PX, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, data, width: info.width, height: info.height, sourceType: sniffed };
  } catch {
    return { ok: false, problem: "unreadable" };
  }
}
