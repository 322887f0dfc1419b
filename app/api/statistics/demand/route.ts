// SPDX-License-Identifier: EUPL-1.2
import { csvResponse } from "@/lib/events/csv";

export const dynamic = "force-dynamic";

/**
 * The demand signals of one month as CSV: `?org=<institution id>` for an institution's staff
 * (its own country's cross-border view, or `view=all`), without `org` for platform admins
 * (`into=DE|CZ|all`). Refusals read like an unknown institution. Database modules load on demand:
 * the build reads the route's configuration without a database.
 */
export async function GET(request: Request): Promise<Response> {
  const [{ getSessionUser }, { db }, view, { demandCsv }, { toLocale }] = await Promise.all([
    import("@/lib/auth/session"),
    import("@/lib/db"),
    import("@/lib/statistics/demand-view"),
    import("@/lib/statistics/demand-csv"),
    import("@/lib/i18n/translator"),
  ]);
  const user = await getSessionUser();
  if (!user) return new Response("Sign-in required", { status: 401 });
  const params = new URL(request.url).searchParams;
  const org = params.get("org");
  let institution = null;
  if (org) {
    institution = view.pickInstitution(await view.statsInstitutionsOf(db, user), org);
    if (!institution) return new Response("Not found", { status: 404 });
  } else if (!view.mayViewPlatformDemand(user)) {
    return new Response("Not found", { status: 404 });
  }
  const demand = view.parseDemandRequest(params, institution);
  const locale = toLocale(params.get("locale") ?? user.locale);
  const csv = demandCsv(await view.demandFor(db, demand), demand.month, locale);
  const side = demand.into ? `-${demand.into.toLowerCase()}` : "";
  return csvResponse(csv, `demand-${demand.month}${side}.csv`);
}
