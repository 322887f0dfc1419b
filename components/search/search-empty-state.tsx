// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SearchEmptyState({ q, hasFilters }: { q: string; hasFilters: boolean }) {
  const t = await getTranslations("Search");
  const clearFiltersHref = { pathname: "/search" as const, query: q ? { q } : {} };
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 className="text-lg font-semibold">{q ? t("emptyTitle", { q }) : t("emptyTitleFilters")}</h2>
      <h3 className="mt-4 text-sm font-semibold text-slate-800">{t("tipsTitle")}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
        {q && <li>{t("tipSpelling")}</li>}
        {q && <li>{t("tipGeneral")}</li>}
        <li>{t("tipLanguage")}</li>
        {hasFilters && (
          <li>
            {t.rich("tipFilters", {
              link: (chunks) => (
                <Link href={clearFiltersHref} className="text-brand-700 underline">
                  {chunks}
                </Link>
              ),
            })}
          </li>
        )}
      </ul>
      <p className="mt-4">
        <Link href="/companies" className="font-medium text-brand-700 hover:underline">
          {t("browseDirectory")} →
        </Link>
      </p>
    </div>
  );
}
