// SPDX-License-Identifier: EUPL-1.2
import { CORS_HEADERS } from "@/lib/search/api";
import { searchOpenApiDocument } from "@/lib/search/openapi";
import { publicBaseUrl } from "@/lib/env";

// The server address in the document is PUBLIC_URL of the running portal.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(searchOpenApiDocument(publicBaseUrl()), {
    headers: { ...CORS_HEADERS, "Cache-Control": "public, max-age=3600" },
  });
}
