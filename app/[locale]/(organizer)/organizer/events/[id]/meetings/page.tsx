// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { OrganizerEventHeader } from "@/components/organizer/event-tabs";
import { PlaceMeetingForm } from "@/components/organizer/place-meeting-form";
import { SchedulerPanel } from "@/components/organizer/scheduler-panel";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { organizerEvent } from "@/lib/events/organizer-area";
import { pageLocale } from "@/lib/i18n/page-locale";
import { scheduleOfEvent } from "@/lib/matchmaking/queries";
import { notFound } from "next/navigation";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "OrganizerDashboard.schedule" });
  return { title: t("title") };
}

export default async function EventMeetingsPage({ params }: Props) {
  const { id } = await params;
  const locale = pageLocale((await params).locale);
  const { event, title } = await organizerEvent(locale, id, "/meetings");
  const schedule = await scheduleOfEvent(id);
  if (!schedule || !event.meetingsEnabled) notFound();
  const [t, td, format] = await Promise.all([getTranslations("OrganizerDashboard.schedule"), getTranslations("OrganizerDashboard"), getFormatter()]);
  const range = (start: Date, end: Date) => `${format.dateTime(start, "eventTime")}–${format.dateTime(end, "eventTime")}`;
  const slots = schedule.slots.map((s) => ({ start: s.start, label: range(new Date(s.start), new Date(s.end)) }));
  const placed = schedule.accepted.filter((r) => r.meeting).length;
  const interpreters = schedule.accepted.filter((r) => r.interpreter).length;
  return (
    <div className="flex flex-col gap-6">
      <OrganizerEventHeader eventId={id} title={title?.text ?? event.slug} lang={title?.lang} status={event.status} meetings current="meetings" />
      <Card as="section" className="flex flex-col gap-3">
        <p className="text-slate-700">
          {t("summary", {
            pending: schedule.counts.PENDING ?? 0,
            accepted: schedule.accepted.length,
            placed,
            slots: schedule.slots.length,
            tables: schedule.tableCount,
          })}
        </p>
        {interpreters > 0 && <p className="text-amber-900">{t("interpreterCount", { count: interpreters })}</p>}
        <SchedulerPanel eventId={id} />
      </Card>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <a href={`/api/organizer/events/${id}/meetings?locale=${locale}`} className="font-medium text-brand-700 underline">
          {t("export")}
        </a>
      </div>
      {schedule.accepted.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse rounded-lg bg-white text-left text-sm ring-1 ring-slate-200">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">{t("time")}</th>
                <th scope="col" className="px-3 py-2">{t("table")}</th>
                <th scope="col" className="px-3 py-2">{t("between")}</th>
                <th scope="col" className="px-3 py-2">{t("change")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {schedule.accepted.map((r) => {
                const pair = `${r.requester.organization.name} – ${r.recipient.organization.name}`;
                return (
                  <tr key={r.id} aria-label={pair} data-testid="schedule-row">
                    <td className="px-3 py-2 tabular-nums">
                      {r.meeting ? range(r.meeting.startsAt, r.meeting.endsAt) : <Badge tone="amber">{t("unscheduled")}</Badge>}
                      {r.meeting?.pinned && <span className="ml-1 text-xs text-slate-500">{t("pinned")}</span>}
                    </td>
                    <td className="px-3 py-2">{r.meeting ? t("tableNumber", { table: r.meeting.tableNumber }) : "–"}</td>
                    <td className="px-3 py-2">
                      <span className="font-medium">{r.requester.organization.name}</span> ({r.requester.participantName}) ·{" "}
                      <span className="font-medium">{r.recipient.organization.name}</span> ({r.recipient.participantName})
                      {r.interpreter && (
                        <span className="ml-2">
                          <Badge tone="amber">{t("interpreter")}</Badge>
                        </span>
                      )}
                      {!r.meeting && r.unscheduledReason && (
                        <p className="mt-1 text-amber-900">{td(`reasons.${r.unscheduledReason}` as "reasons.NO_SLOTS")}</p>
                      )}
                    </td>
                    <td className="px-3 py-2">
                      <PlaceMeetingForm
                        requestId={r.id}
                        slots={slots}
                        tableCount={schedule.tableCount}
                        current={r.meeting ? { start: r.meeting.startsAt.getTime(), table: r.meeting.tableNumber } : null}
                        label={t("placeFor", { pair })}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
