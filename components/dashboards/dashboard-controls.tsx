// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import type { DashboardPeriod } from "@/lib/dashboards/period";
import type { InstitutionScopeKind } from "@/lib/dashboards/scope";

const field = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/**
 * The dashboard's selection as a plain GET form: the chosen period and scope live in the URL,
 * so a view can be bookmarked or sent to a colleague, and it works without JavaScript.
 */
export async function DashboardControls({
  period,
  institutions,
}: {
  period: DashboardPeriod;
  /** regionLabel is null for an institution without a region, which can count its members only. */
  institutions?: { options: { id: string; name: string }[]; id: string; scope: InstitutionScopeKind; regionLabel: string | null };
}) {
  const t = await getTranslations("Statistics.controls");
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <fieldset className="contents">
        <legend className="sr-only">{t("legend")}</legend>
        {institutions && institutions.options.length > 1 ? (
          <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
            {t("institution")}
            <select name="institution" defaultValue={institutions.id} className={field}>
              {institutions.options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
        ) : institutions ? (
          <input type="hidden" name="institution" value={institutions.id} />
        ) : null}
        {institutions ? (
          <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
            {t("scope")}
            <select name="scope" defaultValue={institutions.scope} className={field}>
              <option value="members">{t("scopeMembers")}</option>
              {institutions.regionLabel ? <option value="region">{t("scopeRegion", { region: institutions.regionLabel })}</option> : null}
            </select>
          </label>
        ) : null}
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          {t("from")}
          <input type="month" name="from" defaultValue={period.from} pattern="\d{4}-\d{2}" className={field} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          {t("to")}
          <input type="month" name="to" defaultValue={period.to} pattern="\d{4}-\d{2}" className={field} />
        </label>
        <Button type="submit" className="text-sm">
          {t("apply")}
        </Button>
      </fieldset>
    </form>
  );
}
