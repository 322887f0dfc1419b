// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";
import { sentFromAnotherSite } from "@/lib/statistics/page-events";
import { routing } from "@/lib/i18n/routing";
import { MAX_SEARCH_KEY_LENGTH } from "@/lib/search/page-paths";

export const dynamic = "force-dynamic";

/** What the search page sends: its language and the parameters of the search it showed. */
const searchReport = z.object({
  locale: z.enum(routing.locales),
  params: z.record(z.string().max(40), z.string().max(MAX_SEARCH_KEY_LENGTH)),
});

/**
 * A search page was shown in a browser. The page is cached and shared, so it reports the search
 * itself (what counts: lib/statistics/count.ts). Only the portal's own pages report. Always 204
 * for a well-formed report, so the answer tells nobody whether it was counted.
 */
export async function POST(request: Request): Promise<Response> {
  if (sentFromAnotherSite(request.headers)) return new Response(null, { status: 204 });
  let body: unknown;
  try {
    body = JSON.parse((await request.text()).slice(0, 8 * 1024));
  } catch {
    return new Response(null, { status: 400 });
  }
  const report = searchReport.safeParse(body);
  if (!report.success) return new Response(null, { status: 400 });

  const [{ parseSearchPageParams }, { countReportedSearch }] = await Promise.all([
    import("@/lib/search/params"),
    import("@/lib/statistics/count"),
  ]);
  try {
    const { query } = parseSearchPageParams(report.data.params, report.data.locale);
    await countReportedSearch(query, request.headers);
  } catch (e) {
    console.error("[statistics] search report not counted:", (e as Error).message);
  }
  return new Response(null, { status: 204 });
}
