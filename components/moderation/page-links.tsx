// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Previous/next links for the admin lists; plain links, so every page has its own URL. */
export async function PageLinks({
  page,
  pageCount,
  pathname,
  query,
}: {
  page: number;
  pageCount: number;
  pathname: string;
  query: Record<string, string | undefined>;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("AdminPagination");
  const kept = Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])));
  const hrefFor = (p: number) => ({ pathname, query: { ...kept, page: String(p) } });
  const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50";
  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          ← {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{t("pageOf", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {t("next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** A page number from the query string; anything else is the first page. */
export function pageParam(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}
