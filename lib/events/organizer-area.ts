// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "../auth/guards";
import { can } from "../auth/permissions";
import type { Locale } from "../i18n/routing";
import { pickLocalized, trilingual } from "../i18n/localized";
import { isRecordId } from "../validation/ids";
import { eventForEditor } from "./queries";

/**
 * An event as its organizer's staff sees it. Anyone else gets the same 404 as for an unknown
 * id, so event ids of drafts reveal nothing.
 */
export async function organizerEvent(locale: Locale, eventId: string, path: string) {
  if (!isRecordId(eventId)) notFound();
  const user = await requireUser(locale, `/organizer/events/${eventId}${path}`);
  const event = await eventForEditor(eventId);
  if (!event || !can(user, "event.update", { organizationId: event.organizerId })) notFound();
  const title = pickLocalized(trilingual(event, "title"), locale);
  return { user, event, title };
}
