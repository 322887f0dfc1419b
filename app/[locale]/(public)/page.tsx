// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { cachedNewestCompanies, cachedUpcomingEvents } from "@/lib/cache/public-queries";
import { CompanyCard } from "@/components/companies/company-card";
import { EventCard } from "@/components/events/event-card";
import { SearchBox } from "@/components/search/search-box";

// The same for every visitor: served from Next.js's cache, rendered on first request and dropped
// with the companies' or events' tag; upcoming events also end with time alone (lib/cache/public-queries.ts).
export const revalidate = 60;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  pageLocale((await params).locale);
  const t = await getTranslations("Home");
  const [companies, events] = await Promise.all([cachedNewestCompanies(6), cachedUpcomingEvents(5)]);
  return (
    <div className="space-y-12">
      <section className="rounded-2xl bg-gradient-to-br from-brand-800 to-brand-600 px-6 py-12 text-white sm:px-10">
        <h1 className="max-w-3xl text-3xl font-bold tracking-tight sm:text-4xl">{t("heroTitle")}</h1>
        <p className="mt-4 max-w-2xl text-brand-50">{t("heroText")}</p>
        <div className="mt-8 max-w-2xl">
          <SearchBox label={t("searchLabel")} placeholder={t("searchPlaceholder")} button={t("searchButton")} inverted />
        </div>
      </section>
      <section aria-labelledby="newest">
        <div className="flex items-baseline justify-between">
          <h2 id="newest" className="text-xl font-semibold">{t("newestCompanies")}</h2>
          <Link href="/companies" className="text-sm font-medium text-brand-700 hover:underline">
            {t("allCompanies")} →
          </Link>
        </div>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {companies.map((c) => (
            <li key={c.id}>
              <CompanyCard company={c} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="upcoming">
        <div className="flex items-baseline justify-between">
          <h2 id="upcoming" className="text-xl font-semibold">{t("upcomingEvents")}</h2>
          <Link href="/events" className="text-sm font-medium text-brand-700 hover:underline">
            {t("allEvents")} →
          </Link>
        </div>
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {events.map((e) => (
            <li key={e.id}>
              <EventCard event={e} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
