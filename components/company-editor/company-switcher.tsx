// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

/** A plain GET form, so switching works without JavaScript and the URL names the company. */
export async function CompanySwitcher({
  companies,
  currentId,
}: {
  companies: { id: string; name: string }[];
  currentId: string;
}) {
  if (companies.length < 2) return null;
  const t = await getTranslations("CompanyEditor");
  return (
    <form method="get" className="flex flex-wrap items-end gap-2">
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("switcher")}
        <select name="org" defaultValue={currentId} className="rounded-md border border-slate-300 bg-white px-3 py-2">
          {companies.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <Button
        variant="neutral"
        size="sm"
        type="submit"
        className="py-2"
      >
        {t("show")}
      </Button>
    </form>
  );
}
