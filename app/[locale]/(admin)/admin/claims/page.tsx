// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClaimRequestList } from "@/components/claims/claim-request-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { pendingClaimRequestsForPlatform } from "@/lib/claims/queries";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Claims.review" });
  return { title: t("title") };
}

/** Claim requests for companies that no institution lists: the platform admins decide. */
export default async function AdminClaimsPage({ params }: Props) {
  const locale = pageLocale((await params).locale);
  await requirePlatformAdmin(locale, "/admin/claims");
  const [t, requests] = await Promise.all([getTranslations("Claims.review"), pendingClaimRequestsForPlatform()]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("adminIntro")} />
      <ClaimRequestList requests={requests} institutionId={null} />
    </div>
  );
}
