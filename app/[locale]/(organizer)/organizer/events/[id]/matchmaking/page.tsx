// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MatchmakingSettingsForm } from "@/components/organizer/matchmaking-settings-form";
import { MeetingLinkForm } from "@/components/organizer/meeting-link-form";
import { OrganizerEventHeader } from "@/components/organizer/event-tabs";
import { OutcomeReport } from "@/components/organizer/outcome-report";
import { Card, CardTitle } from "@/components/ui/card";
import { db } from "@/lib/db";
import { organizerEvent } from "@/lib/events/organizer-area";
import { pageLocale } from "@/lib/i18n/page-locale";
import { outcomeReport, remindersOfEvent } from "@/lib/matchmaking/outcome-queries";
import { scheduleOfEvent } from "@/lib/matchmaking/queries";
import { meetingLinkOf, rulesOf } from "@/lib/matchmaking/settings";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "MatchmakingSettings" });
  return { title: t("title") };
}

/** Booking rules, meeting links, the reminders sent and the outcomes reported, for one matchmaking day. */
export default async function EventMatchmakingPage({ params }: Props) {
  const { id } = await params;
  const locale = pageLocale((await params).locale);
  const { event, title } = await organizerEvent(locale, id, "/matchmaking");
  if (!event.meetingsEnabled) notFound();
  const [t, format, rules, reminders, report, schedule] = await Promise.all([
    getTranslations("MatchmakingSettings"),
    getFormatter(),
    rulesOf(db, id),
    remindersOfEvent(id),
    outcomeReport(id),
    scheduleOfEvent(id),
  ]);
  const industries = await db.industry.findMany({
    where: { code: { in: report.byIndustry.map((r) => r.key).filter(Boolean) } },
    select: { code: true, nameDe: true, nameCs: true, nameEn: true },
  });
  const industryName = new Map(industries.map((i) => [i.code, { de: i.nameDe, cs: i.nameCs, en: i.nameEn }[locale]]));
  const placed = (schedule?.accepted ?? []).filter((r) => r.meeting);
  const range = (start: Date, end: Date) => `${format.dateTime(start, "eventTime")}–${format.dateTime(end, "eventTime")}`;
  return (
    <div className="flex flex-col gap-6">
      <OrganizerEventHeader eventId={id} title={title?.text ?? event.slug} lang={title?.lang} status={event.status} meetings current="matchmaking" />
      <Card as="section" padding="sm" aria-labelledby="mm-settings">
        <CardTitle id="mm-settings">
          {t("title")}
        </CardTitle>
        <p className="mb-4 mt-1 text-slate-600">{t("intro")}</p>
        <MatchmakingSettingsForm
          eventId={id}
          values={{
            bookingMode: rules.bookingMode,
            format: rules.format,
            meetingLinkPattern: rules.meetingLinkPattern ?? "",
            maxMeetings: rules.maxMeetings,
            maxMeetingsBuyer: rules.maxMeetingsBuyer,
            maxMeetingsSupplier: rules.maxMeetingsSupplier,
            requestExpiryHours: rules.requestExpiryHours,
            pendingReminderHours: rules.pendingReminderHours,
          }}
        />
      </Card>
      {rules.format !== "ON_SITE" && placed.length > 0 ? (
        <Card as="section" padding="sm" aria-labelledby="mm-links">
          <CardTitle id="mm-links">
            {t("linkPattern")}
          </CardTitle>
          <ul className="mt-3 divide-y divide-slate-100">
            {placed.map((r) => (
              <li key={r.id} className="py-2 text-sm">
                <span className="tabular-nums">{range(r.meeting!.startsAt, r.meeting!.endsAt)}</span> · {r.requester.organization.name} –{" "}
                {r.recipient.organization.name}
                <MeetingLinkForm
                  meetingId={r.meeting!.id}
                  value={r.meeting!.onlineUrl}
                  fromPattern={meetingLinkOf({ ...rules, format: rules.format }, event, { ...r.meeting!, onlineUrl: null })}
                />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card as="section" padding="sm" aria-labelledby="mm-reminders">
        <CardTitle id="mm-reminders">
          {t("remindersTitle")}
        </CardTitle>
        <dl className="mt-2 grid gap-1 sm:grid-cols-3">
          {(["AGENDA", "PENDING_REQUEST", "FEEDBACK"] as const).map((kind) => (
            <div key={kind} className="flex flex-col">
              <dt className="text-sm text-slate-600">{t(`reminderKind.${kind}`)}</dt>
              <dd className="font-semibold" data-testid={`reminders-${kind}`}>
                {t("reminderCount", { count: reminders.counts[kind] })}
              </dd>
            </div>
          ))}
        </dl>
        {reminders.rows.length === 0 ? (
          <p className="mt-3 text-slate-600">{t("remindersNone")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3">{t("sentAt")}</th>
                  <th scope="col" className="py-1 pr-3">{t("recipient")}</th>
                  <th scope="col" className="py-1">{t("kind")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {reminders.rows.map((r) => (
                  <tr key={r.id}>
                    <td className="py-1 pr-3 tabular-nums">{format.dateTime(r.sentAt, { dateStyle: "short", timeStyle: "short" })}</td>
                    <td className="py-1 pr-3">
                      {r.registration.organization.name} <span className="text-slate-500">({r.email})</span>
                    </td>
                    <td className="py-1">{t(`reminderKind.${r.kind}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <OutcomeReport eventId={id} locale={locale} report={report} industryName={(code) => industryName.get(code) ?? code} />
    </div>
  );
}
