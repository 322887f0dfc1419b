// SPDX-License-Identifier: EUPL-1.2
import { readLogo } from "@/lib/companies/logo-storage";
import { isLogoFileName } from "@/lib/companies/logo-url";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * Serves uploaded logos. Every upload gets a new random name, so a file never changes and
 * may be cached for a year. The portal re-encoded each file itself, and the headers keep a
 * browser from treating it as anything but an image.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  if (!isLogoFileName(file)) return notFound();
  const data = await readLogo(file);
  if (!data) return notFound();
  return new Response(new Uint8Array(data), {
    headers: {
      "content-type": "image/webp",
      "content-length": String(data.length),
      "cache-control": "public, max-age=31536000, immutable",
      "content-security-policy": "default-src 'none'; sandbox",
      "x-content-type-options": "nosniff",
    },
  });
}
