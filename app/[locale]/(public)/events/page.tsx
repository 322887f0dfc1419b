// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/page-header";
import { pageLocale } from "@/lib/i18n/page-locale";
import { upcomingEvents } from "@/lib/events/queries";
import { EventCard } from "@/components/events/event-card";
import { alternatesFor } from "@/lib/i18n/alternates";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Events" });
  return { title: t("title"), alternates: alternatesFor(locale, "/events") };
}

export default async function EventsPage({ params }: Props) {
  pageLocale((await params).locale);
  const t = await getTranslations("Events");
  const events = await upcomingEvents(100);
  return (
    <div>
      <PageTitle>{t("title")}</PageTitle>
      <p className="mt-2 max-w-3xl text-slate-600">{t("intro")}</p>
      {events.length === 0 ? (
        <p className="mt-8 rounded-md bg-white p-6 text-center text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="mt-6 grid gap-4 md:grid-cols-2">
          {events.map((e) => (
            <li key={e.id}>
              <EventCard event={e} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
