// SPDX-License-Identifier: EUPL-1.2
import { dashboardExport } from "@/lib/dashboards/export-response";

export const dynamic = "force-dynamic";

/**
 * One figure of an institution's dashboard as CSV, for its staff:
 * ?institution=<id>&scope=members|region&from=YYYY-MM&to=YYYY-MM&locale=de|cs|en
 */
export async function GET(request: Request, { params }: { params: Promise<{ figure: string }> }) {
  const { figure } = await params;
  return dashboardExport(request, figure, async (db, user, query) => {
    const { institutionDashboardAccess, institutionScope, parseScopeKind } = await import("@/lib/dashboards/access");
    const { decision, institution } = await institutionDashboardAccess(db, user, query.get("institution"));
    if (!decision.granted || !institution) return { refusal: decision.granted ? "not_found" : decision.refusal };
    return { scope: institutionScope(institution, parseScopeKind(query.get("scope"))), name: institution.slug };
  });
}
