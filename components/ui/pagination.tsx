// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

type ListPath = "/companies" | "/search" | "/events" | "/admin/audit" | "/admin/moderation" | "/organizer/moderation";

/**
 * Previous/next links for a paged list. Plain links, so paging works without JavaScript and
 * every page has its own URL. Empty query values are left out of the links. A list shown newest
 * first (`order="newestFirst"`) names its steps "newer" and "older".
 */
export async function Pagination({
  page,
  pageCount,
  pathname,
  query = {},
  order = "pages",
  className = "mt-8",
}: {
  page: number;
  pageCount: number;
  pathname: ListPath;
  query?: Record<string, string | undefined>;
  order?: "pages" | "newestFirst";
  className?: string;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("Pagination");
  const kept = Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])));
  const hrefFor = (p: number) => ({ pathname, query: { ...kept, page: String(p) } });
  const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50";
  return (
    <nav aria-label={t("label")} className={`${className} flex items-center justify-between gap-4 text-sm`}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          ← {order === "newestFirst" ? t("newer") : t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{t("pageOf", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {order === "newestFirst" ? t("older") : t("next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
