// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ListingForm } from "@/components/listings/listing-form";
import { PageTitle } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getListingForEditor } from "@/lib/listings/queries";
import { todayInPortalZone } from "@/lib/listings/schema";
import { isRecordId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Listings" });
  return { title: t("editTitle") };
}

/** The date as the form shows it: the calendar day in the portal's time zone. */
const isoDay = (d: Date) => todayInPortalZone(d);

export default async function EditListingPage({ params }: Props) {
  const { id } = await params;
  if (!isRecordId(id)) notFound();
  const locale = pageLocale((await params).locale);
  const user = await requireUser(locale, `/account/company/listings/${encodeURIComponent(id)}`);
  const t = await getTranslations("Listings");
  const listing = await getListingForEditor(id);
  // Someone else's listing looks exactly like a missing one.
  if (!listing || !can(user, "listing.update", { organizationId: listing.organizationId })) notFound();
  return (
    <div className="flex flex-col gap-6">
      <Link
        href={{ pathname: "/account/company/listings", query: { org: listing.organizationId } }}
        className="text-sm text-brand-700 underline"
      >
        ← {t("backToList")}
      </Link>
      <PageTitle>{t("editTitle")}</PageTitle>
      <ListingForm
        target={{ mode: "edit", listingId: listing.id, organizationId: listing.organizationId }}
        defaults={{
          kind: listing.kind,
          category: listing.category ?? "",
          title: { de: listing.titleDe ?? "", cs: listing.titleCs ?? "", en: listing.titleEn ?? "" },
          description: {
            de: listing.descriptionDe ?? "",
            cs: listing.descriptionCs ?? "",
            en: listing.descriptionEn ?? "",
          },
          industries: listing.industries.map((i) => i.industryCode),
          validUntil: listing.validUntil ? isoDay(listing.validUntil) : "",
        }}
      />
    </div>
  );
}
