// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";
import { routing } from "@/lib/i18n/routing";
import { MAX_SEARCH_KEY_LENGTH } from "@/lib/search/page-paths";
import { clientAddress } from "@/lib/http/client-address";

export const dynamic = "force-dynamic";

/** What the search page sends: its language and the parameters of the search it showed. */
const searchReport = z.object({
  locale: z.enum(routing.locales),
  params: z.record(z.string().max(40), z.string().max(MAX_SEARCH_KEY_LENGTH)),
});

/**
 * A search page was shown in a browser. The page is cached and shared, so it reports the search
 * itself; the results are looked up again (from the same cache), so what counts as an appearance
 * is what the portal showed, not what a report claims. Only the portal's own pages report, and an
 * address is counted only within the search API's limit. Always 204 for a well-formed report, so
 * the answer tells nobody whether it was counted.
 */
export async function POST(request: Request): Promise<Response> {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return new Response(null, { status: 204 });
  let body: unknown;
  try {
    body = JSON.parse((await request.text()).slice(0, 8 * 1024));
  } catch {
    return new Response(null, { status: 400 });
  }
  const report = searchReport.safeParse(body);
  if (!report.success) return new Response(null, { status: 400 });

  const [{ searchApiLimiter }, { parseSearchPageParams }, { cachedSearch }, { countReportedSearch }] = await Promise.all([
    import("@/lib/security/rate-limit"),
    import("@/lib/search/params"),
    import("@/lib/cache/public-queries"),
    import("@/lib/statistics/count"),
  ]);
  const address = clientAddress(request.headers);
  if (searchApiLimiter.refusedHere(address)) return new Response(null, { status: 204 });
  try {
    if (!(await searchApiLimiter.take(address)).ok) return new Response(null, { status: 204 });
    const { query } = parseSearchPageParams(report.data.params, report.data.locale);
    await countReportedSearch(query, await cachedSearch(query), request.headers);
  } catch (e) {
    console.error("[statistics] search report not counted:", (e as Error).message);
  }
  return new Response(null, { status: 204 });
}
