// SPDX-License-Identifier: EUPL-1.2
import sharp from "sharp";

/** A real PNG of the given size, filled with noise so it does not compress to nothing. */
export async function pngImage(width = 64, height = 48, options: { noise?: boolean } = {}): Promise<Buffer> {
  if (options.noise) {
    const raw = Buffer.alloc(width * height * 3);
    for (let i = 0; i < raw.length; i++) raw[i] = (i * 2654435761) >>> 24;
    return sharp(raw, { raw: { width, height, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer();
  }
  return sharp({ create: { width, height, channels: 3, background: { r: 23, g: 76, b: 148 } } })
    .png()
    .toBuffer();
}

/** The multipart body a browser sends to uploadCompanyLogoAction. */
export function logoForm(organizationId: string, bytes: Buffer, fileName = "logo.png", type = "image/png"): FormData {
  const form = new FormData();
  form.set("organizationId", organizationId);
  form.set("logo", new File([new Uint8Array(bytes)], fileName, { type }));
  return form;
}
