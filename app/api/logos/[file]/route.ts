// SPDX-License-Identifier: EUPL-1.2
import { readLogo } from "@/lib/companies/logo-storage";
import { isLogoFileName } from "@/lib/companies/logo-url";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * Serves uploaded logos from the shared store, so any instance answers for a logo uploaded
 * through another. Every upload gets a new random name, so the bytes behind a name never change:
 * they may be cached for a year, and the content hash is a strong ETag for revalidation. The
 * portal re-encoded each file itself, and the headers keep a browser from treating it as anything
 * but an image.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  if (!isLogoFileName(file)) return notFound();
  const logo = await readLogo(file);
  if (!logo) return notFound();
  const etag = `"${logo.sha256}"`;
  const headers = {
    etag,
    "last-modified": logo.createdAt.toUTCString(),
    "cache-control": "public, max-age=31536000, immutable",
    "x-content-type-options": "nosniff",
  };
  const known = request.headers.get("if-none-match");
  if (known && known.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(new Uint8Array(logo.data), {
    headers: {
      ...headers,
      "content-type": logo.contentType,
      "content-length": String(logo.size),
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
