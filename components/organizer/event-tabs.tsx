// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import clsx from "clsx";
import { Badge } from "@/components/ui/badge";
import { PageTitle } from "@/components/ui/page-header";
import type { EventStatus } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";

export type OrganizerTab = "overview" | "edit" | "registrations" | "import" | "checkIn" | "meetings" | "matchmaking";

/** Heading and tabs shared by the pages of one event in the organizer area. */
export async function OrganizerEventHeader(props: {
  eventId: string;
  title: string;
  lang?: string;
  status: EventStatus;
  meetings: boolean;
  current: OrganizerTab;
}) {
  const t = await getTranslations("OrganizerDashboard");
  const tabs: { tab: OrganizerTab; href: string }[] = [
    { tab: "overview", href: `/organizer/events/${props.eventId}` },
    { tab: "edit", href: `/organizer/events/${props.eventId}/edit` },
    { tab: "registrations", href: `/organizer/events/${props.eventId}/registrations` },
    { tab: "import", href: `/organizer/events/${props.eventId}/import` },
    { tab: "checkIn", href: `/organizer/events/${props.eventId}/check-in` },
    ...(props.meetings
      ? [
          { tab: "meetings" as const, href: `/organizer/events/${props.eventId}/meetings` },
          { tab: "matchmaking" as const, href: `/organizer/events/${props.eventId}/matchmaking` },
        ]
      : []),
  ];
  return (
    <header className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <PageTitle lang={props.lang}>
          {props.title}
        </PageTitle>
        <Badge tone={props.status === "PUBLISHED" ? "brand" : "amber"}>{t(`status.${props.status}`)}</Badge>
      </div>
      <nav aria-label={t("eventNavLabel")}>
        <ul className="flex flex-wrap gap-2 text-sm font-medium">
          {tabs.map(({ tab, href }) => (
            <li key={tab}>
              <Link
                href={href}
                aria-current={tab === props.current ? "page" : undefined}
                className={clsx(
                  "rounded-md px-3 py-1.5 ring-1",
                  tab === props.current ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-slate-700 ring-slate-200 hover:text-brand-700",
                )}
              >
                {t(`tabs.${tab}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
