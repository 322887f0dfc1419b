// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ParticipantNav } from "@/components/events/participant-nav";
import { BookingPanel } from "@/components/matchmaking/booking-panel";
import { MeetingRequestButtons } from "@/components/matchmaking/meeting-request-buttons";
import { UnavailabilityForm } from "@/components/matchmaking/unavailability-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";
import { db } from "@/lib/db";
import { dateToLocalInput } from "@/lib/events/local-time";
import { confirmedParticipant } from "@/lib/events/participant-area";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { meetingRequestsOf } from "@/lib/matchmaking/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Meetings" });
  return { title: t("title") };
}

export default async function MeetingsPage({ params }: Props) {
  const { slug } = await params;
  const locale = pageLocale((await params).locale);
  const area = await confirmedParticipant(locale, slug, "meetings");
  const me = area.registration.id;
  const [t, format, requests, away] = await Promise.all([
    getTranslations("Meetings"),
    getFormatter(),
    meetingRequestsOf(me),
    db.participantUnavailability.findMany({ where: { registrationId: me }, orderBy: { startsAt: "asc" } }),
  ]);
  const incoming = requests.filter((r) => r.status === "PENDING" && r.requesterId !== me);
  const outgoing = requests.filter((r) => r.status === "PENDING" && r.requesterId === me);
  const accepted = requests.filter((r) => r.status === "ACCEPTED");
  const closed = requests.filter((r) => r.status !== "PENDING" && r.status !== "ACCEPTED");
  const other = (r: (typeof requests)[number]) => (r.requesterId === me ? r.recipient : r.requester);

  const section = (id: string, title: string, rows: typeof requests, empty: string) => (
    <Card as="section" aria-labelledby={id}>
      <CardTitle id={id}>
        {title} <span className="text-slate-500">({rows.length})</span>
      </CardTitle>
      {rows.length === 0 ? (
        <p className="mt-2 text-slate-600">{empty}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between" aria-label={other(r).organization.name}>
              <div>
                <p className="font-medium">
                  {other(r).organization.name} <span className="font-normal text-slate-600">· {other(r).participantName}</span>
                </p>
                <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{r.message}</p>
                {r.status === "ACCEPTED" &&
                  (r.meeting ? (
                    <p className="mt-1 text-sm font-medium text-brand-800">
                      {t("scheduledAt", {
                        time: `${format.dateTime(r.meeting.startsAt, "eventTime")}–${format.dateTime(r.meeting.endsAt, "eventTime")}`,
                        table: r.meeting.tableNumber,
                      })}
                    </p>
                  ) : (
                    <p className="mt-1 text-sm text-slate-600">{t("notScheduledYet")}</p>
                  ))}
                {r.status !== "PENDING" && r.status !== "ACCEPTED" && <Badge>{t(`status.${r.status}`)}</Badge>}
              </div>
              <MeetingRequestButtons
                requestId={r.id}
                role={r.requesterId === me ? "requester" : "recipient"}
                status={r.status}
                company={other(r).organization.name}
              />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );

  return (
    <div className="flex flex-col gap-6">
      <header>
        <Link href={`/events/${slug}`} className="text-sm text-brand-700 hover:underline">
          ← {area.title?.text}
        </Link>
        <PageTitle className="mt-2">{t("title")}</PageTitle>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </header>
      <ParticipantNav slug={slug} current="meetings" meetings />
      <BookingPanel eventId={area.event.id} registrationId={me} />
      {section("incoming", t("incoming"), incoming, t("noIncoming"))}
      {section("accepted", t("accepted"), accepted, t("noAccepted"))}
      {section("outgoing", t("outgoing"), outgoing, t("noOutgoing"))}
      {closed.length > 0 && section("closed", t("closed"), closed, "")}
      <Card as="section" aria-labelledby="unavailable">
        <CardTitle id="unavailable">
          {t("unavailability.title")}
        </CardTitle>
        <p className="mb-4 mt-1 text-slate-600">{t("unavailability.intro")}</p>
        <UnavailabilityForm
          registrationId={me}
          eventStart={dateToLocalInput(area.event.startsAt)}
          periods={away.map((u) => ({ startsAt: dateToLocalInput(u.startsAt), endsAt: dateToLocalInput(u.endsAt) }))}
        />
      </Card>
    </div>
  );
}
