// SPDX-License-Identifier: EUPL-1.2
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized, trilingual, type Lang } from "@/lib/i18n/localized";
import { Badge } from "@/components/ui/badge";
import type { EventListItem } from "@/lib/events/queries";

/** `headingLevel` follows the page: h2 in the event list, h3 under a section heading elsewhere. */
export async function EventCard({ event, headingLevel = 3 }: { event: EventListItem; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const locale = (await getLocale()) as Lang;
  const t = await getTranslations("Events");
  const format = await getFormatter();
  const title = pickLocalized(trilingual(event, "title"), locale);
  return (
    <article className="flex gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <time
        dateTime={event.startsAt.toISOString()}
        className="flex w-16 shrink-0 flex-col items-center justify-center rounded-md bg-brand-50 py-2 text-brand-800"
      >
        <span className="text-2xl font-bold leading-none">{format.dateTime(event.startsAt, { day: "numeric" })}</span>
        <span className="text-xs uppercase">{format.dateTime(event.startsAt, { month: "short" })}</span>
      </time>
      <div className="min-w-0">
        <Badge>{t(`types.${event.type}`)}</Badge>
        <Heading className="mt-1 font-semibold leading-snug">
          <Link href={`/events/${event.slug}`} className="text-brand-800 hover:underline" lang={title?.lang}>
            {title?.text ?? event.slug}
          </Link>
        </Heading>
        <p className="mt-1 text-sm text-slate-600">
          {format.dateTime(event.startsAt, "eventDay")} · {event.onlineUrl && !event.city ? t("online") : event.city}
        </p>
        <p className="text-sm text-slate-600">{event.organizer.name}</p>
      </div>
    </article>
  );
}
