// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MemberClaimTable } from "@/components/claims/member-claim-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader, PageTitle } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { memberListInstitutions, membersWithClaimState } from "@/lib/claims/queries";
import { parsePage } from "@/lib/http/params";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Claims.members" });
  return { title: t("title") };
}

export default async function MembersPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const query = await searchParams;
  const requested = firstParam(query.institution);
  const user = await requireUser(locale, `/organizer/members${requested ? `?institution=${encodeURIComponent(requested)}` : ""}`);
  const [t, td] = await Promise.all([getTranslations("Claims.members"), getTranslations("OrganizerDashboard")]);
  const institutions = await memberListInstitutions(user);
  if (!institutions.length) {
    return (
      <div className="flex flex-col gap-3">
        <PageTitle>{t("title")}</PageTitle>
        <p className="max-w-2xl text-slate-600">{td("notOrganizer")}</p>
      </div>
    );
  }
  const current = institutions.find((i) => i.id === requested) ?? institutions[0];
  const page = parsePage(query.page);
  const list = await membersWithClaimState(current.id, page);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={<>{t("title")} · {current.name}</>} description={t("intro", { institution: current.name })}>
        <p className="text-sm text-slate-700" data-testid="members-summary">
          {t("summary", { total: list.total, managed: list.managed, unmanaged: list.total - list.managed })}
        </p>
        <div className="flex flex-wrap gap-3 text-sm">
          {institutions.length > 1
            ? institutions.map((i) => (
                <Link
                  key={i.id}
                  href={{ pathname: "/organizer/members", query: { institution: i.id } }}
                  aria-current={i.id === current.id ? "page" : undefined}
                  className="font-medium text-brand-700 underline"
                >
                  {i.name}
                </Link>
              ))
            : null}
          <Link
            href={{ pathname: "/organizer/claims", query: { institution: current.id } }}
            className="font-medium text-brand-700 underline"
          >
            {t("toClaims")}
          </Link>
        </div>
      </PageHeader>
      {list.members.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <MemberClaimTable institutionId={current.id} members={list.members} />
      )}
      {list.pageCount > 1 ? (
        <nav className="flex justify-between text-sm">
          {page > 1 ? (
            <Link href={{ pathname: "/organizer/members", query: { institution: current.id, page: String(page - 1) } }}>←</Link>
          ) : (
            <span />
          )}
          <span>
            {page} / {list.pageCount}
          </span>
          {page < list.pageCount ? (
            <Link href={{ pathname: "/organizer/members", query: { institution: current.id, page: String(page + 1) } }}>→</Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
