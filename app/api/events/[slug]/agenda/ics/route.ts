// SPDX-License-Identifier: EUPL-1.2
import { calendarFileName } from "@/lib/calendar/ics";
import { agendaCalendar } from "@/lib/events/calendar";
import { toLocale } from "@/lib/i18n/translator";
import { isSlug } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

/** A participant's own meetings as a calendar file; only for the signed-in participant. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!isSlug(slug)) return new Response("Not found", { status: 404 });
  // Imported on demand: the build loads this module to read its configuration, without a database.
  const [{ getSessionUser }, { myParticipation }, { agendaOf }] = await Promise.all([
    import("@/lib/auth/session"),
    import("@/lib/events/queries"),
    import("@/lib/matchmaking/queries"),
  ]);
  const user = await getSessionUser();
  if (!user) return new Response("Sign-in required", { status: 401 });
  const locale = toLocale(new URL(request.url).searchParams.get("locale") ?? user.locale);
  const participation = await myParticipation(user, slug);
  const registration = participation?.active?.registration;
  if (!participation || !registration || registration.status !== "CONFIRMED") return new Response("Not found", { status: 404 });
  const agenda = await agendaOf(registration.id);
  if (!agenda) return new Response("Not found", { status: 404 });
  return new Response(agendaCalendar(participation.event, agenda.meetings, locale), {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${calendarFileName(slug, "-agenda")}"`,
      "cache-control": "private, no-store",
    },
  });
}
