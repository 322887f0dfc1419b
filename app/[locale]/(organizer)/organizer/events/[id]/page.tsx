// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { EventStatusActions } from "@/components/organizer/event-status-actions";
import { OrganizerEventHeader } from "@/components/organizer/event-tabs";
import { Card } from "@/components/ui/card";
import { registrationStats } from "@/lib/events/queries";
import { organizerEvent } from "@/lib/events/organizer-area";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "OrganizerDashboard" });
  return { title: t("title") };
}

const STATUSES = ["CONFIRMED", "PENDING", "WAITLISTED", "CANCELLED", "REJECTED"] as const;

export default async function OrganizerEventPage({ params }: Props) {
  const { id } = await params;
  const locale = pageLocale((await params).locale);
  const { event, title } = await organizerEvent(locale, id, "");
  const [t, tr, tc, format, stats] = await Promise.all([
    getTranslations("OrganizerDashboard"),
    getTranslations("Registration.status"),
    getTranslations("Countries"),
    getFormatter(),
    registrationStats(id),
  ]);
  const industryName = (n: { nameDe: string; nameCs: string; nameEn: string } | null) =>
    n ? (locale === "cs" ? n.nameCs : locale === "en" ? n.nameEn : n.nameDe) : t("noIndustry");
  const country = (c: string) => (["DE", "CZ", "PL", "AT", "SK"].includes(c) ? tc(c as "DE") : c);
  return (
    <div className="flex flex-col gap-6">
      <OrganizerEventHeader eventId={id} title={title?.text ?? event.slug} lang={title?.lang} status={event.status} meetings={event.meetingsEnabled} current="overview" />
      <Card as="section" className="flex flex-col gap-3">
        <p className="text-slate-700">
          {format.dateTime(event.startsAt, "eventDay")} · {format.dateTime(event.startsAt, "eventTime")}–{format.dateTime(event.endsAt, "eventTime")} ·{" "}
          {event.organizer.name}
        </p>
        <p className="text-slate-700">{t("seats", { taken: event.seatsTaken, capacity: event.capacity })}</p>
        {event.status !== "DRAFT" && (
          <Link href={`/events/${event.slug}`} className="font-medium text-brand-700 underline">
            {t("publicPage")}
          </Link>
        )}
        <EventStatusActions eventId={id} status={event.status} />
      </Card>

      <section aria-labelledby="counts" className="grid gap-4 md:grid-cols-3">
        <h2 id="counts" className="sr-only">
          {t("countsTitle")}
        </h2>
        <Card className="p-4">
          <h3 className="font-semibold">{t("byStatus")}</h3>
          <dl className="mt-2 grid grid-cols-2 gap-1 text-sm">
            {STATUSES.map((s) => (
              <div key={s} className="contents">
                <dt>{tr(s)}</dt>
                <dd className="text-right tabular-nums">{stats.byStatus[s] ?? 0}</dd>
              </div>
            ))}
            <div className="contents">
              <dt>{t("checkedIn")}</dt>
              <dd className="text-right tabular-nums">{stats.checkedIn}</dd>
            </div>
          </dl>
        </Card>
        <Card className="p-4">
          <h3 className="font-semibold">{t("byCountry")}</h3>
          <dl className="mt-2 grid grid-cols-2 gap-1 text-sm" data-testid="count-by-country">
            {stats.byCountry.map((c) => (
              <div key={c.country} className="contents">
                <dt>{country(c.country)}</dt>
                <dd className="text-right tabular-nums">{c.count}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card className="p-4">
          <h3 className="font-semibold">{t("byIndustry")}</h3>
          <dl className="mt-2 grid grid-cols-[1fr_auto] gap-1 text-sm">
            {stats.byIndustry.map((i) => (
              <div key={i.code || "none"} className="contents">
                <dt>{i.code ? `${i.code} ${industryName(i.names)}` : t("noIndustry")}</dt>
                <dd className="text-right tabular-nums">{i.count}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </section>

      <Card as="section">
        <h2 className="font-semibold">{t("exports")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("exportsHint")}</p>
        <ul className="mt-3 flex flex-wrap gap-3">
          <li>
            <a href={`/api/organizer/events/${id}/participants?locale=${locale}`} className="font-medium text-brand-700 underline">
              {t("exportParticipants")}
            </a>
          </li>
          {event.meetingsEnabled && (
            <li>
              <a href={`/api/organizer/events/${id}/meetings?locale=${locale}`} className="font-medium text-brand-700 underline">
                {t("exportMeetings")}
              </a>
            </li>
          )}
        </ul>
      </Card>
    </div>
  );
}
