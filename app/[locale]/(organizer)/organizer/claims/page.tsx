// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClaimRequestList } from "@/components/claims/claim-request-list";
import { PageHeader, PageTitle } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { memberListInstitutions, pendingClaimRequestsFor } from "@/lib/claims/queries";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Claims.review" });
  return { title: t("title") };
}

/** Claim requests for companies the staff member's institution lists. */
export default async function InstitutionClaimsPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const requested = firstParam((await searchParams).institution);
  const user = await requireUser(locale, "/organizer/claims");
  const [t, td] = await Promise.all([getTranslations("Claims.review"), getTranslations("OrganizerDashboard")]);
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
  const requests = await pendingClaimRequestsFor(current.id);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={<>{t("title")} · {current.name}</>} description={t("intro")} />
      <ClaimRequestList requests={requests} institutionId={current.id} />
    </div>
  );
}
