// SPDX-License-Identifier: EUPL-1.2
import { getFormatter, getTranslations } from "next-intl/server";
import clsx from "clsx";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Link } from "@/lib/i18n/navigation";
import { moderationQueue, QUEUE_STATES, type QueueState } from "@/lib/moderation/queries";

/**
 * The list of abuse reports, for the platform (`institutionId` null) or one institution. Tabs
 * and pages are links, so the list works without JavaScript and on a phone.
 */
export async function ReportQueue({
  institutionId,
  basePath,
  state,
  page,
}: {
  institutionId: string | null;
  basePath: "/admin/moderation" | "/organizer/moderation";
  state: QueueState;
  page: number;
}) {
  const [t, format, queue] = await Promise.all([
    getTranslations("Moderation"),
    getFormatter(),
    moderationQueue(institutionId, { state, page }),
  ]);
  const scope = institutionId ? { institution: institutionId } : {};
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label={t("tabs.label")}>
        <ul className="flex flex-wrap gap-2 text-sm font-medium">
          {QUEUE_STATES.map((s) => (
            <li key={s}>
              <Link
                href={{ pathname: basePath, query: { ...scope, state: s } }}
                aria-current={s === state ? "page" : undefined}
                className={clsx(
                  "rounded-md px-3 py-1.5 ring-1",
                  s === state
                    ? "bg-brand-700 text-white ring-brand-700"
                    : "bg-white text-slate-700 ring-slate-200 hover:text-brand-700",
                )}
              >
                {t(`tabs.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {queue.reports.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul
          className="divide-y divide-slate-100 rounded-lg bg-white ring-1 ring-slate-200"
          data-testid="moderation-queue"
        >
          {queue.reports.map((r) => (
            <li key={r.id} className="flex flex-col gap-1 px-4 py-3">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={r.inForce.length ? "slate" : "amber"}>
                  {t(r.inForce.length ? "state.resolved" : "state.open")}
                </Badge>
                <Link
                  href={{ pathname: `${basePath}/${r.id}`, query: scope }}
                  className="font-medium text-brand-800 hover:underline"
                >
                  {t("about", { company: r.reported ?? t("deletedCompany") })}
                </Link>
              </div>
              <p className="text-sm text-slate-600">
                {t("reportedBy", { reporter: r.reporter ?? t("deletedCompany") })} ·{" "}
                {t("received", { date: format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
              </p>
              {r.subject ? <p className="text-sm text-slate-800">{r.subject}</p> : null}
              <p className="line-clamp-2 text-sm text-slate-600">{r.reason}</p>
              {r.inForce.length ? (
                <p className="flex flex-wrap gap-1 text-xs">
                  {r.inForce.map((k, i) => (
                    <Badge key={`${k}-${i}`}>{t(`kinds.${k}`)}</Badge>
                  ))}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={queue.pageCount} pathname={basePath} query={{ ...scope, state }} order="newestFirst" className="" />
    </div>
  );
}
