// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CheckInDesk, UndoCheckInButton } from "@/components/organizer/check-in-desk";
import { OrganizerEventHeader } from "@/components/organizer/event-tabs";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { checkInBoard } from "@/lib/events/attendee-queries";
import { organizerEvent } from "@/lib/events/organizer-area";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "CheckIn" });
  return { title: t("title") };
}

/** The door on the organizer's phone: scan or type a badge's code, see who has arrived. */
export default async function CheckInPage({ params }: Props) {
  const { id } = await params;
  const locale = pageLocale((await params).locale);
  const { event, title } = await organizerEvent(locale, id, "/check-in");
  const [t, format, board] = await Promise.all([getTranslations("CheckIn"), getFormatter(), checkInBoard(id)]);
  return (
    <div className="flex flex-col gap-6">
      <OrganizerEventHeader eventId={id} title={title?.text ?? event.slug} lang={title?.lang} status={event.status} meetings={event.meetingsEnabled} current="checkIn" />
      <Card as="section" padding="sm" aria-labelledby="check-in-desk">
        <CardTitle id="check-in-desk">{t("title")}</CardTitle>
        <p className="mb-4 mt-1 text-slate-600">{t("intro")}</p>
        <CheckInDesk eventId={id} />
      </Card>
      <Card as="section" padding="sm" aria-labelledby="check-in-arrived">
        <CardTitle id="check-in-arrived">{t("arrivedTitle")}</CardTitle>
        <p className="mt-1 font-medium text-slate-800" data-testid="check-in-count">
          {t("count", { arrived: board.arrived.length, total: board.total })}
        </p>
        {board.total === 0 ? (
          <p className="mt-2 text-slate-600">{t("nobody")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100">
            {board.arrived.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{a.name}</span> · {a.company} · {format.dateTime(a.checkedInAt!, "eventTime")}
                </span>
                <UndoCheckInButton attendeeId={a.id} name={a.name} />
              </li>
            ))}
          </ul>
        )}
        {board.missing.length > 0 && (
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-medium text-slate-700">{t("missingTitle", { count: board.missing.length })}</summary>
            <ul className="mt-2 text-sm text-slate-700">
              {board.missing.map((a) => (
                <li key={a.id}>
                  {a.name} · {a.company}
                </li>
              ))}
            </ul>
          </details>
        )}
      </Card>
      <Card as="section" padding="sm" aria-labelledby="check-in-badges">
        <CardTitle id="check-in-badges">{t("badgesTitle")}</CardTitle>
        <div className="mt-3 flex flex-wrap gap-3">
          <Button external variant="secondary" href={`/api/organizer/events/${id}/badges?layout=labels&locale=${locale}`} download>
            {t("labelSheet")}
          </Button>
          <Button external variant="secondary" href={`/api/organizer/events/${id}/badges?layout=a6&locale=${locale}`} download>
            {t("a6Badges")}
          </Button>
        </div>
      </Card>
    </div>
  );
}
