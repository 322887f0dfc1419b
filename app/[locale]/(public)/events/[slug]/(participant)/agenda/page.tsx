// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AttendeeBadges } from "@/components/events/attendee-badges";
import { ParticipantNav } from "@/components/events/participant-nav";
import { AgendaMeetingExtras } from "@/components/matchmaking/agenda-meeting-extras";
import { PrintButton } from "@/components/matchmaking/print-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageTitle } from "@/components/ui/page-header";
import { confirmedParticipant } from "@/lib/events/participant-area";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { agendaOf } from "@/lib/matchmaking/queries";
import "./print.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Agenda" });
  return { title: t("title") };
}

export default async function AgendaPage({ params }: Props) {
  const { slug } = await params;
  const locale = pageLocale((await params).locale);
  const area = await confirmedParticipant(locale, slug, "agenda");
  const [t, tl, format, agenda] = await Promise.all([
    getTranslations("Agenda"),
    getTranslations("LanguageNames"),
    getFormatter(),
    agendaOf(area.registration.id),
  ]);
  const meetings = agenda?.meetings ?? [];
  const language = (l: string) => (l === "de" || l === "cs" || l === "en" ? tl(l) : l);
  const venue = [area.event.venueName, area.event.address, area.event.city].filter(Boolean).join(", ");
  return (
    <div className="flex flex-col gap-6" data-print-agenda>
      <header>
        <Link href={`/events/${slug}`} className="text-sm text-brand-700 hover:underline print:hidden">
          ← {area.title?.text}
        </Link>
        <PageTitle className="mt-2">{t("title")}</PageTitle>
        <p className="mt-1 text-slate-700">
          <span lang={area.title?.lang}>{area.title?.text}</span> · {format.dateTime(area.event.startsAt, "eventDay")}
          {venue ? ` · ${venue}` : ""}
        </p>
        <p className="text-slate-700">
          {area.company.name} · {area.registration.participantName}
        </p>
      </header>
      <ParticipantNav slug={slug} current="agenda" meetings />
      <div className="flex flex-wrap gap-3 print:hidden">
        <Button
          external
          href={`/api/events/${slug}/agenda/ics?locale=${locale}`}
          download
        >
          {t("downloadIcs")}
        </Button>
        <PrintButton label={t("print")} />
      </div>
      <AttendeeBadges registrationId={area.registration.id} slug={slug} locale={locale} />
      {meetings.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-left ring-1 ring-slate-200">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-slate-50 text-sm text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2">{t("time")}</th>
              <th scope="col" className="px-4 py-2">{t("table")}</th>
              <th scope="col" className="px-4 py-2">{t("with")}</th>
              <th scope="col" className="px-4 py-2">{t("languages")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {meetings.map((m) => (
              <tr key={m.id} data-testid="agenda-meeting">
                <td className="px-4 py-3 tabular-nums">
                  <time dateTime={m.startsAt.toISOString()}>{format.dateTime(m.startsAt, "eventTime")}</time>–
                  <time dateTime={m.endsAt.toISOString()}>{format.dateTime(m.endsAt, "eventTime")}</time>
                </td>
                <td className="px-4 py-3 font-semibold">{t("tableNumber", { table: m.tableNumber })}</td>
                <td className="px-4 py-3">
                  <span className="font-medium">{m.other.organization.name}</span>
                  <br />
                  <span className="text-sm text-slate-600">{m.other.participantName}</span>
                  <AgendaMeetingExtras registrationId={area.registration.id} meeting={m} />
                </td>
                <td className="px-4 py-3 text-sm">
                  {m.other.languages.map(language).join(", ")}
                  {m.interpreter && (
                    <span className="mt-1 block">
                      <Badge tone="amber">{t("interpreterNeeded")}</Badge>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
