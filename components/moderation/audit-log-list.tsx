// SPDX-License-Identifier: EUPL-1.2
import { getFormatter, getTranslations } from "next-intl/server";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { isAuditAction } from "@/lib/audit/log";
import { auditLogPage, type AuditFilters } from "@/lib/audit/queries";

/**
 * The audit log for platform admins: a plain GET form for the filters (so a filtered view is a
 * link to share) and the entries as stacked cards, which read on a phone as well as on a desk.
 */
export async function AuditLogList({ filters, page }: { filters: Omit<AuditFilters, "page">; page: number }) {
  const [t, format, log] = await Promise.all([
    getTranslations("AuditLog"),
    getFormatter(),
    auditLogPage({ ...filters, page }),
  ]);
  // Rows written under an action name since retired keep showing that name.
  const actionLabel = (action: string) => (isAuditAction(action) ? t(`actions.${action}`) : action);
  const problems = log.problems.map((p) =>
    p === "noOrganization"
      ? t("noOrganization", { query: filters.organization ?? "" })
      : p === "noUser"
        ? t("noUser", { query: filters.user ?? "" })
        : t("badDate"),
  );
  return (
    <div className="flex flex-col gap-4">
      <form
        method="get"
        className="grid gap-3 rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-3"
        role="search"
        aria-label={t("filters.legend")}
      >
        <TextField label={t("filters.organization")} name="organization" defaultValue={filters.organization ?? ""} />
        <TextField label={t("filters.user")} name="user" defaultValue={filters.user ?? ""} />
        <SelectField
          label={t("filters.action")}
          name="action"
          defaultValue={filters.action ?? ""}
          placeholder={t("filters.anyAction")}
          options={log.actions.map((a) => ({ value: a, label: actionLabel(a) }))}
        />
        <TextField label={t("filters.from")} name="from" type="date" defaultValue={filters.from ?? ""} />
        <TextField label={t("filters.to")} name="to" type="date" defaultValue={filters.to ?? ""} />
        <div className="flex items-end gap-2">
          <Button type="submit">{t("filters.apply")}</Button>
          <Button href="/admin/audit" variant="neutral">
            {t("filters.reset")}
          </Button>
        </div>
      </form>
      {problems.map((p) => (
        <FormAlert key={p} tone="error">
          {p}
        </FormAlert>
      ))}
      <p className="text-sm text-slate-600" data-testid="audit-count">
        {t("count", { count: log.total })}
      </p>
      {log.rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ol className="flex flex-col gap-2" data-testid="audit-entries">
          {log.rows.map((r) => (
            <li key={r.id} className="rounded-lg bg-white p-3 text-sm ring-1 ring-slate-200">
              <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1">
                <dt className="text-slate-500">{t("columns.time")}</dt>
                <dd>{format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</dd>
                <dt className="text-slate-500">{t("columns.action")}</dt>
                <dd>
                  {actionLabel(r.action)}{" "}
                  <code className="break-all text-xs text-slate-500">{r.action}</code>
                </dd>
                <dt className="text-slate-500">{t("columns.actor")}</dt>
                <dd className="break-all">
                  {r.actor
                    ? r.actor.name
                      ? `${r.actor.name} <${r.actor.email}>`
                      : r.actor.email
                    : r.actorUserId
                      ? t("deletedUser")
                      : t("system")}
                </dd>
                <dt className="text-slate-500">{t("columns.entity")}</dt>
                <dd className="break-all">
                  {r.entityType}
                  {r.entityName ? ` · ${r.entityName}` : ""}
                  {r.entityId ? <span className="text-slate-500"> · {r.entityId}</span> : null}
                </dd>
                {r.metadata ? (
                  <>
                    <dt className="text-slate-500">{t("columns.details")}</dt>
                    <dd>
                      <code className="break-all text-xs">{r.metadata}</code>
                    </dd>
                  </>
                ) : null}
              </dl>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pageCount={log.pageCount} pathname="/admin/audit" query={filters} order="newestFirst" className="" />
    </div>
  );
}
