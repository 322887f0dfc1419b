// SPDX-License-Identifier: EUPL-1.2
import { calendarFileName } from "@/lib/calendar/ics";
import { eventCalendar } from "@/lib/events/calendar";
import { toLocale } from "@/lib/i18n/translator";
import { isSlug } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

/** "Add to calendar" for a published (or cancelled) event, in the language asked for. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!isSlug(slug)) return new Response("Not found", { status: 404 });
  // Imported on demand: the build loads this module to read its configuration, without a database.
  const { getPublishedEventBySlug } = await import("@/lib/events/queries");
  const locale = toLocale(new URL(request.url).searchParams.get("locale"));
  const event = await getPublishedEventBySlug(slug);
  if (!event) return new Response("Not found", { status: 404 });
  return new Response(eventCalendar(event, locale), {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${calendarFileName(event.slug)}"`,
      "cache-control": "public, max-age=300",
    },
  });
}
