// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-header";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getPublishedEventBySlug } from "@/lib/events/queries";
import { registrationIsOpen } from "@/lib/events/registration-window";
import { pickLocalized, trilingual } from "@/lib/i18n/localized";
import { alternatesFor } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { Badge } from "@/components/ui/badge";
import { LocalizedText } from "@/components/companies/localized-text";
import { isSlug } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (!isSlug(slug)) return {};
  const locale = pageLocale((await params).locale);
  const event = await getPublishedEventBySlug(slug);
  if (!event) return {};
  const title = pickLocalized(trilingual(event, "title"), locale);
  return { title: title?.text, alternates: alternatesFor(locale, `/events/${event.slug}`) };
}

export default async function EventPage({ params }: Props) {
  const { slug } = await params;
  if (!isSlug(slug)) notFound();
  const locale = pageLocale((await params).locale);
  const event = await getPublishedEventBySlug(slug);
  if (!event) notFound();
  const t = await getTranslations("Events");
  const tl = await getTranslations("LanguageNames");
  const format = await getFormatter();
  const title = pickLocalized(trilingual(event, "title"), locale);
  const description = pickLocalized(trilingual(event, "description"), locale);
  const agenda = [
    ...event.agendaItems.map((a) => {
      const text = pickLocalized(trilingual(a, "title"), locale);
      return { key: a.id, startsAt: a.startsAt, endsAt: a.endsAt, title: text?.text ?? "", lang: text?.lang };
    }),
    ...(event.meetingsEnabled
      ? event.meetingWindows.map((w) => ({ key: w.id, startsAt: w.startsAt, endsAt: w.endsAt, title: t("meetingWindow"), lang: undefined }))
      : []),
  ].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const registrationOpen = registrationIsOpen(event);
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: title?.text,
    startDate: event.startsAt.toISOString(),
    endDate: event.endsAt.toISOString(),
    eventStatus: event.status === "CANCELLED" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: event.onlineUrl && !event.city
      ? "https://schema.org/OnlineEventAttendanceMode"
      : "https://schema.org/OfflineEventAttendanceMode",
    location: event.city
      ? { "@type": "Place", name: event.venueName ?? event.city, address: [event.address, event.city].filter(Boolean).join(", ") }
      : { "@type": "VirtualLocation", url: event.onlineUrl ?? undefined },
    organizer: { "@type": "Organization", name: event.organizer.name, url: event.organizer.website ?? undefined },
    inLanguage: event.languages,
  };
  return (
    <article className="space-y-6">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }} />
      <Link href="/events" className="text-sm text-brand-700 hover:underline">
        ← {t("backToList")}
      </Link>
      <header>
        <Badge>{t(`types.${event.type}`)}</Badge>
        <PageTitle className="mt-2" lang={title?.lang}>{title?.text}</PageTitle>
        {event.status === "CANCELLED" && (
          <p role="status" className="mt-3 rounded bg-red-50 px-3 py-2 text-red-800 ring-1 ring-red-200">{t("cancelled")}</p>
        )}
        <div className="mt-4 flex flex-wrap gap-3">
          {event.status === "PUBLISHED" && (
            <Button
              href={`/events/${event.slug}/registration`}
            >
              {registrationOpen ? t("registerCta") : t("myRegistrationCta")}
            </Button>
          )}
          <Button
            variant="secondary"
            external
            href={`/api/events/${event.slug}/ics?locale=${locale}`}
            download={`${event.slug}.ics`}
          >
            {t("addToCalendar")}
          </Button>
        </div>
      </header>
      <div className="grid gap-8 lg:grid-cols-3">
        <section className="rounded-lg border border-slate-200 bg-white p-6 lg:col-span-2">
          <LocalizedText value={description} />
          {agenda.length > 0 && (
            <>
              <h2 className="mt-8 text-lg font-semibold">{t("agenda")}</h2>
              <ol className="mt-2 divide-y divide-slate-100">
                {agenda.map((item) => (
                  <li key={item.key} className="flex gap-4 py-2">
                    <time dateTime={item.startsAt.toISOString()} className="w-28 shrink-0 tabular-nums text-slate-600">
                      {item.endsAt
                        ? t("timeRange", { start: format.dateTime(item.startsAt, "eventTime"), end: format.dateTime(item.endsAt, "eventTime") })
                        : format.dateTime(item.startsAt, "eventTime")}
                    </time>
                    <span lang={item.lang}>{item.title}</span>
                  </li>
                ))}
              </ol>
            </>
          )}
          <h2 className="mt-8 text-lg font-semibold">{t("participants")}</h2>
          {event.registrations.length === 0 ? (
            <p className="mt-2 text-slate-600">{t("noParticipants")}</p>
          ) : (
            <ul className="mt-2 list-inside list-disc">
              {event.registrations.map((r) => (
                <li key={r.id}>
                  <Link href={`/companies/${r.organization.slug}`} className="text-brand-700 hover:underline">
                    {r.organization.name}
                  </Link>{" "}
                  <span className="text-slate-500">({r.organization.city})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <aside className="rounded-lg border border-slate-200 bg-white p-6 text-sm">
          <dl className="space-y-3">
            <div>
              <dt className="font-medium text-slate-500">{t("when")}</dt>
              <dd>
                <time dateTime={event.startsAt.toISOString()}>{format.dateTime(event.startsAt, "eventDay")}</time>
                <br />
                {t("timeRange", {
                  start: format.dateTime(event.startsAt, "eventTime"),
                  end: format.dateTime(event.endsAt, "eventTime"),
                })}
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-500">{t("where")}</dt>
              <dd>
                {event.city ? [event.venueName, event.address, event.city].filter(Boolean).join(", ") : t("online")}
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-500">{t("organizer")}</dt>
              <dd>
                <Link href={`/institutions/${event.organizer.slug}`} className="text-brand-700 hover:underline">
                  {event.organizer.name}
                </Link>
                {event.organizer.city ? `, ${event.organizer.city}` : ""}
                {event.organizer.website && (
                  <>
                    <br />
                    <a href={event.organizer.website} rel="noopener" className="text-brand-700 hover:underline">
                      {t("organizerWebsite")}
                    </a>
                  </>
                )}
              </dd>
            </div>
            {event.onlineUrl && (
              <div>
                <dt className="font-medium text-slate-500">{t("onlineLink")}</dt>
                <dd className="break-all">
                  <a href={event.onlineUrl} rel="noopener nofollow" className="text-brand-700 hover:underline">
                    {event.onlineUrl}
                  </a>
                </dd>
              </div>
            )}
            {(event.registrationOpensAt || event.registrationClosesAt) && (
              <div>
                <dt className="font-medium text-slate-500">{t("registrationWindow")}</dt>
                <dd>
                  {event.registrationOpensAt && <span className="block">{t("registrationOpens", { date: format.dateTime(event.registrationOpensAt, "short") })}</span>}
                  {event.registrationClosesAt && <span className="block">{t("registrationCloses", { date: format.dateTime(event.registrationClosesAt, "short") })}</span>}
                </dd>
              </div>
            )}
            <div>
              <dt className="font-medium text-slate-500">{t("eventLanguages")}</dt>
              <dd>{event.languages.map((l) => (l === "de" || l === "cs" || l === "en" ? tl(l) : l)).join(", ")}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-500">{t("capacity")}</dt>
              <dd>{t("capacityValue", { taken: event._count.registrations, capacity: event.capacity })}</dd>
            </div>
            {event.meetingsEnabled && (
              <div>
                <dd className="font-medium text-brand-800">{t("meetings")}</dd>
              </div>
            )}
          </dl>
        </aside>
      </div>
    </article>
  );
}
