// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ListingForm } from "@/components/listings/listing-form";
import { PageTitle } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { can } from "@/lib/auth/permissions";
import { companiesForAccount } from "@/lib/companies/account-context";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Listings" });
  return { title: t("newTitle") };
}

export default async function NewListingPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const query = await searchParams;
  const requested = firstParam(query.org);
  const kind = firstParam(query.kind) === "REQUEST" ? "REQUEST" : "OFFER";
  const user = await requireUser(
    locale,
    `/account/company/listings/new?${new URLSearchParams({ ...(requested ? { org: requested } : {}), kind })}`,
  );
  const t = await getTranslations("Listings");
  const { current } = await companiesForAccount(user, requested);
  if (!current || !can(user, "listing.create", { organizationId: current.id })) notFound();
  return (
    <div className="flex flex-col gap-6">
      <Link
        href={{ pathname: "/account/company/listings", query: { org: current.id } }}
        className="text-sm text-brand-700 underline"
      >
        ← {t("backToList")}
      </Link>
      <PageTitle>
        {t(`new.${kind}`)} · {current.name}
      </PageTitle>
      <ListingForm
        target={{ mode: "create", organizationId: current.id }}
        defaults={{
          kind,
          category: "",
          title: { de: "", cs: "", en: "" },
          description: { de: "", cs: "", en: "" },
          industries: [],
          validUntil: "",
        }}
      />
    </div>
  );
}
