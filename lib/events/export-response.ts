// SPDX-License-Identifier: EUPL-1.2
import { decide } from "../auth/permissions";
import { toLocale } from "../i18n/translator";
import { csvResponse } from "./csv";

/**
 * A CSV download for the event's organizer staff; everyone else gets the answer an unknown
 * event gets. Database modules load on demand: the build reads the route's configuration
 * without a database.
 */
export async function organizerExport(request: Request, eventId: string, kind: "participants" | "meetings" | "outcomes"): Promise<Response> {
  const [{ getSessionUser }, { db }, exports] = await Promise.all([import("../auth/session"), import("../db"), import("./exports")]);
  const user = await getSessionUser();
  if (!user) return new Response("Sign-in required", { status: 401 });
  const event = await db.event.findUnique({ where: { id: eventId }, select: { slug: true, organizerId: true } });
  // As for an action's `authorize.resource`; every refusal is a 404, so no event id can be probed.
  const decision = decide(user, "event.registrations.manage", event && { organizationId: event.organizerId });
  if (!event || !decision.granted) return new Response("Not found", { status: 404 });
  const locale = toLocale(new URL(request.url).searchParams.get("locale") ?? user.locale);
  const csv =
    kind === "participants"
      ? await exports.participantsCsv(eventId, locale)
      : kind === "meetings"
        ? await exports.meetingsCsv(eventId, locale)
        : await (await import("../matchmaking/outcome-csv")).outcomesCsv(eventId, locale);
  return csvResponse(csv, `${event.slug}-${kind}.csv`);
}
