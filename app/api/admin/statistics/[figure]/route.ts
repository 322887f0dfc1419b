// SPDX-License-Identifier: EUPL-1.2
import { dashboardExport } from "@/lib/dashboards/export-response";

export const dynamic = "force-dynamic";

/** One figure of the platform-wide dashboard as CSV, for platform admins: ?from=YYYY-MM&to=YYYY-MM&locale=de|cs|en */
export async function GET(request: Request, { params }: { params: Promise<{ figure: string }> }) {
  const { figure } = await params;
  return dashboardExport(request, figure, async (_db, user) => {
    const { platformDashboardAccess } = await import("@/lib/dashboards/access");
    const decision = platformDashboardAccess(user);
    return decision.granted ? { scope: { kind: "platform" }, name: "grenzpartner" } : { refusal: decision.refusal };
  });
}
