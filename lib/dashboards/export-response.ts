// SPDX-License-Identifier: EUPL-1.2
import { toCsv, csvResponse } from "../events/csv";
import { toLocale } from "../i18n/translator";
import { isFigureId } from "./figures";
import { MAX_MONTHS, parsePeriod } from "./period";

/**
 * One figure of a dashboard as CSV. `scopeOf` decides who may have it and whose companies it
 * counts; a refusal answers as an unknown dashboard would. A bad period is a 400 with the
 * reason in the caller's language rather than silently another period's numbers. Database
 * modules load on demand: the build reads the route's configuration without a database.
 */
export async function dashboardExport(
  request: Request,
  figure: string,
  scopeOf: (
    db: import("../db/prisma").Db,
    user: import("../auth/session").SessionUser | null,
    query: URLSearchParams,
  ) => Promise<{ refusal: "unauthorized" | "forbidden" | "not_found" } | { scope: import("./scope").DashboardScope; name: string }>,
): Promise<Response> {
  const [{ getSessionUser }, { db }, queries, presentation, labels] = await Promise.all([
    import("../auth/session"),
    import("../db"),
    import("./queries"),
    import("./presentation"),
    import("./labels"),
  ]);
  if (!isFigureId(figure)) return new Response("Not found", { status: 404 });
  const query = new URL(request.url).searchParams;
  const user = await getSessionUser();
  const locale = toLocale(query.get("locale") ?? user?.locale);
  const access = await scopeOf(db, user, query);
  if ("refusal" in access) {
    return access.refusal === "unauthorized" ? new Response("Sign-in required", { status: 401 }) : new Response("Not found", { status: 404 });
  }
  const now = new Date();
  const { period, problem } = parsePeriod({ from: query.get("from"), to: query.get("to") }, now);
  if (problem) {
    const { translatorFor } = await import("../i18n/translator");
    const message = translatorFor(locale)(`Statistics.periodProblem.${problem}`, { max: MAX_MONTHS });
    return new Response(message, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const data = await queries.figureData(db, figure, access.scope, period, now);
  const slice = { [keyOf(data.figure)]: data.rows };
  const view = presentation.figureView(locale, figure, slice, await labels.labelsFor(db, locale, slice));
  const { header, rows } = presentation.figureCsvRows(locale, view);
  return csvResponse(toCsv(header, rows), `${access.name}-${figure}-${period.from}-${period.to}.csv`);
}

function keyOf(figure: string) {
  return figure.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
