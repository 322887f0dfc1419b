// SPDX-License-Identifier: EUPL-1.2
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ABUSE_REPORT_RETENTION_DAYS } from "@/lib/enquiries/report-retention";
import { pickLocalized, trilingual } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import type { reportForModeration } from "@/lib/moderation/queries";
import { ModerationStepForm } from "./step-form";
import { UndoStepForm } from "./undo-step-form";

type Report = NonNullable<Awaited<ReturnType<typeof reportForModeration>>>;

/**
 * One report as a moderator judges it: who reported whom, the reporter's words, the copy of the
 * reported messages, the steps taken so far (each undoable) and the form for the next step.
 */
export async function ReportDetail({
  report,
  locale,
  basePath,
  institutionId,
}: {
  report: Report;
  locale: Locale;
  basePath: "/admin/moderation" | "/organizer/moderation";
  institutionId?: string;
}) {
  const [t, tc, format] = await Promise.all([
    getTranslations("Moderation"),
    getTranslations("CompanyEditor"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const titleOf = (l: { titleDe: string | null; titleCs: string | null; titleEn: string | null }) =>
    pickLocalized(trilingual(l, "title"), locale)?.text ?? "";
  const company = report.company;
  const reportedName = report.reportedName ?? t("deletedCompany");
  const scope = institutionId ? { institution: institutionId } : {};

  return (
    <div className="flex flex-col gap-6">
      <Link href={{ pathname: basePath, query: scope }} className="text-sm font-medium text-brand-700 hover:underline">
        ← {t("detail.back")}
      </Link>
      <PageHeader
        title={t("detail.title", { company: reportedName })}
        description={t("received", { date: when(report.createdAt) })}
      />

      <Card as="section" aria-labelledby="report-facts">
        <CardTitle id="report-facts">{t("detail.reported")}</CardTitle>
        <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-600">{t("detail.reported")}</dt>
          <dd className="flex flex-wrap items-center gap-2">
            <span data-testid="moderation-reported">{reportedName}</span>
            {company ? (
              <Badge tone={company.status === "PUBLISHED" ? "brand" : "amber"}>
                {tc(`publication.states.${company.status}`)}
              </Badge>
            ) : null}
            {company?.status === "PUBLISHED" ? (
              <Link href={`/companies/${company.slug}`} className="text-brand-700 underline">
                {t("detail.profileLink")}
              </Link>
            ) : null}
          </dd>
          {report.suspendedSince ? (
            <>
              <dt className="font-medium text-slate-600">{t("kinds.SUSPEND_ENQUIRIES")}</dt>
              <dd>{t("detail.suspended", { date: when(report.suspendedSince) })}</dd>
            </>
          ) : null}
          <dt className="font-medium text-slate-600">{t("detail.reporter")}</dt>
          <dd data-testid="moderation-reporter">{report.reporter ?? t("deletedCompany")}</dd>
          {report.reporterPerson ? (
            <>
              <dt className="font-medium text-slate-600">{t("detail.reporterPerson")}</dt>
              <dd>{report.reporterPerson}</dd>
            </>
          ) : null}
          {report.subject ? (
            <>
              <dt className="font-medium text-slate-600">{t("detail.subject")}</dt>
              <dd>{report.subject}</dd>
            </>
          ) : null}
          <dt className="font-medium text-slate-600">{t("detail.reason")}</dt>
          <dd className="whitespace-pre-wrap">{report.reason}</dd>
        </dl>
      </Card>

      <Card as="section" aria-labelledby="report-messages">
        <CardTitle id="report-messages">{t("detail.messages")}</CardTitle>
        {report.messages ? (
          <pre
            className="mt-3 max-h-96 overflow-auto whitespace-pre-wrap break-words rounded-md bg-slate-50 p-3 font-sans text-sm text-slate-800"
            data-testid="moderation-messages"
          >
            {report.messages}
          </pre>
        ) : (
          <p className="mt-2 text-sm text-slate-600">{t("detail.noMessages")}</p>
        )}
        <p className="mt-2 text-xs text-slate-500">{t("detail.retention", { days: ABUSE_REPORT_RETENTION_DAYS })}</p>
      </Card>

      <Card as="section" aria-labelledby="report-history">
        <CardTitle id="report-history">{t("detail.history")}</CardTitle>
        {report.steps.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("detail.noHistory")}</p>
        ) : (
          <ol className="mt-3 flex flex-col gap-3" data-testid="moderation-history">
            {report.steps.map((s) => {
              const mayUndo = !s.undoneAt && (!institutionId || s.institutionId === institutionId);
              const actor = s.actor ?? t("detail.someone");
              return (
                <li key={s.id} className="flex flex-col gap-1 rounded-md p-3 ring-1 ring-slate-200">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone={s.undoneAt ? "slate" : "brand"}>{t(`kinds.${s.kind}`)}</Badge>
                    <span className="text-xs text-slate-600">
                      {s.institution
                        ? t("detail.byInstitution", {
                            date: when(s.createdAt),
                            name: actor,
                            institution: s.institution,
                          })
                        : t("detail.by", { date: when(s.createdAt), name: actor })}
                    </span>
                  </div>
                  {s.listing ? <p className="text-sm">{t("detail.listing", { listing: titleOf(s.listing) })}</p> : null}
                  <p className="whitespace-pre-wrap text-sm">{s.reason}</p>
                  {s.undoneAt ? (
                    <p className="text-sm text-slate-600">
                      {t("detail.undone", {
                        date: when(s.undoneAt),
                        name: s.undoneBy ?? t("detail.someone"),
                        reason: s.undoReason ?? "",
                      })}
                    </p>
                  ) : mayUndo ? (
                    <UndoStepForm
                      moderationActionId={s.id}
                      institutionId={institutionId}
                      label={t(`kinds.${s.kind}`)}
                    />
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
      </Card>

      <Card as="section" aria-labelledby="report-step">
        <CardTitle id="report-step">{t("form.legend")}</CardTitle>
        <div className="mt-3">
          <ModerationStepForm
            reportId={report.id}
            institutionId={institutionId}
            companyExists={Boolean(company)}
            listings={(company?.listings ?? []).map((l) => ({ id: l.id, title: titleOf(l) }))}
          />
        </div>
      </Card>
    </div>
  );
}
