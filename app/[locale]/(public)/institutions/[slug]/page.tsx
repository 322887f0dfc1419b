// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EventCard } from "@/components/events/event-card";
import { LocalizedText } from "@/components/companies/localized-text";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { regionName } from "@/lib/geo/labels";
import { alternatesFor } from "@/lib/i18n/alternates";
import { pickLocalized, trilingual } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { publicInstitution } from "@/lib/institutions/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, slug } = await params;
  const locale = pageLocale(raw);
  const found = await publicInstitution(slug);
  if (!found) return {};
  return { title: found.institution.name, alternates: alternatesFor(locale, `/institutions/${found.institution.slug}`) };
}

export default async function InstitutionPage({ params }: Props) {
  const { locale: raw, slug } = await params;
  const locale = pageLocale(raw);
  const found = await publicInstitution(slug);
  if (!found) notFound();
  const { institution, events, verifiedCompanies } = found;
  const [t, tc] = await Promise.all([getTranslations("Institutions.public"), getTranslations("Countries")]);
  const tt = await getTranslations("Institutions.types");
  const place = [institution.city, regionName(institution.regionId, locale), tc(institution.country as "DE")]
    .filter(Boolean)
    .join(" · ");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={institution.name}
        description={place}
        actions={institution.institutionType ? <Badge tone="brand">{tt(institution.institutionType)}</Badge> : null}
      >
        {institution.website ? (
          <a href={institution.website} rel="noopener" className="text-brand-700 hover:underline">
            {t("website")}
          </a>
        ) : null}
      </PageHeader>
      <LocalizedText value={pickLocalized(trilingual(institution, "description"), locale)} />
      <Card as="section" aria-labelledby="verified-members">
        <CardTitle id="verified-members">{t("verifiedTitle")}</CardTitle>
        <p className="mt-2 text-slate-700" data-testid="verified-count">
          {t("verifiedCount", { count: verifiedCompanies })}
        </p>
      </Card>
      <section aria-labelledby="institution-events" className="flex flex-col gap-4">
        <h2 id="institution-events" className="text-xl font-semibold">
          {t("eventsTitle")}
        </h2>
        {events.length === 0 ? (
          <EmptyState>{t("noEvents")}</EmptyState>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {events.map((e) => (
              <li key={e.id}>
                <EventCard event={e} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
