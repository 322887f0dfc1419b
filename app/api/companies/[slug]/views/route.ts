// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";
import { sentFromAnotherSite } from "@/lib/statistics/page-events";
import { isSlug } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

const MAX_REFERRER_LENGTH = 2_000;

/** What the profile page sends; a referrer that is missing, not text or too long counts as none. */
const viewReport = z.object({ referrer: z.string().max(MAX_REFERRER_LENGTH).nullish().catch(null) });

/** The page's own referrer, sent in the report's body; anything else counts as none. */
async function referrerOf(request: Request): Promise<string | null> {
  let body: unknown;
  try {
    body = JSON.parse((await request.text()).slice(0, MAX_REFERRER_LENGTH + 100));
  } catch {
    return null;
  }
  const parsed = viewReport.safeParse(body);
  return parsed.success ? (parsed.data.referrer ?? null) : null;
}

/**
 * A published company's profile was shown in a browser. The profile page is cached and shared,
 * so it reports its view itself; the same rules as before decide what counts (bots, prefetches
 * and the company's own members do not; lib/statistics/page-events.ts). Only the portal's own
 * pages report: a request another site makes the browser send is ignored. Always 204, so the
 * answer tells nobody whether a view was counted.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  if (!isSlug(slug)) return new Response("Not found", { status: 404 });
  if (sentFromAnotherSite(request.headers)) return new Response(null, { status: 204 });
  const [{ cachedPublishedCompanyBySlug }, { countProfileView }] = await Promise.all([
    import("@/lib/cache/public-queries"),
    import("@/lib/statistics/count"),
  ]);
  const company = await cachedPublishedCompanyBySlug(slug);
  if (!company) return new Response("Not found", { status: 404 });
  await countProfileView(company.id, request.headers, await referrerOf(request));
  return new Response(null, { status: 204 });
}
