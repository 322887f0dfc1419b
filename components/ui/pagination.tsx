// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Plain links, so paging works without JavaScript and every page has its own URL. */
export async function Pagination({
  page,
  pageCount,
  pathname,
  query = {},
}: {
  page: number;
  pageCount: number;
  pathname: "/companies" | "/search" | "/events";
  query?: Record<string, string>;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("Pagination");
  const hrefFor = (p: number) => ({ pathname, query: { ...query, page: String(p) } });
  const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50";
  return (
    <nav aria-label={t("label")} className="mt-8 flex items-center justify-between gap-4 text-sm">
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
