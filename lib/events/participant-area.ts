// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "../auth/guards";
import { redirect } from "../i18n/navigation";
import type { Locale } from "../i18n/routing";
import { pickLocalized, trilingual } from "../i18n/localized";
import { isSlug } from "../validation/ids";
import { myParticipation } from "./queries";

/** The signed-in user's standing at an event, for the pages of the participant area. */
export async function participantArea(locale: Locale, slug: string, tab: string) {
  if (!isSlug(slug)) notFound();
  const user = await requireUser(locale, `/events/${slug}/${tab}`);
  const participation = await myParticipation(user, slug);
  if (!participation) notFound();
  const title = pickLocalized(trilingual(participation.event, "title"), locale);
  return { user, ...participation, title };
}

/**
 * The meeting pages need a confirmed place at an event with meetings; everybody else is sent
 * to the registration page, which explains where they stand.
 */
export async function confirmedParticipant(locale: Locale, slug: string, tab: string) {
  const area = await participantArea(locale, slug, tab);
  const registration = area.active?.registration;
  if (!area.event.meetingsEnabled || !registration || registration.status !== "CONFIRMED") {
    redirect({ href: `/events/${slug}/registration`, locale });
  }
  return { ...area, registration: registration!, company: area.active!.company };
}
