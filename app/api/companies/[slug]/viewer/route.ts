// SPDX-License-Identifier: EUPL-1.2
import { isSlug } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

/**
 * What the signed-in person (or the visitor) may do on a published company's profile: the
 * enquiry, watchlist and claim controls the cached profile page leaves to the browser. It answers
 * only about the caller's own session; an unknown or unpublished profile is a 404. Database
 * modules load on demand: the build reads the route's configuration without a database.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  if (!isSlug(slug)) return new Response("Not found", { status: 404 });
  const [{ getSessionUser }, { cachedPublishedCompanyBySlug }, { profileViewerState }] = await Promise.all([
    import("@/lib/auth/session"),
    import("@/lib/cache/public-queries"),
    import("@/lib/companies/profile-viewer"),
  ]);
  const company = await cachedPublishedCompanyBySlug(slug);
  if (!company) return new Response("Not found", { status: 404 });
  const state = await profileViewerState(await getSessionUser(), company.id);
  return Response.json(state, { headers: { "cache-control": "private, no-store" } });
}
