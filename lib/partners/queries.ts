// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";
import type { Lang } from "../i18n/localized";
import { getSearchEngine } from "../search";
import { suggestPartners, type PartnerSuggestions } from "./suggest";

/** Suggestions for the company dashboard; null when the search engine cannot answer right now. */
export async function partnerSuggestionsFor(
  organizationId: string,
  locale: Lang,
  limit = 6,
): Promise<PartnerSuggestions | null> {
  try {
    return await suggestPartners(getSearchEngine(), db, { organizationId, locale, limit });
  } catch (e) {
    console.error("[partners] suggestions failed", e);
    return null;
  }
}

/**
 * Suggestions among an event's confirmed participants, using what the company wrote in its
 * registration as well as its offers and requests.
 */
export async function eventPartnerSuggestions(
  registration: { id: string; eventId: string; organizationId: string; note: string | null; lookingFor: string | null },
  locale: Lang,
  limit = 4,
): Promise<PartnerSuggestions | null> {
  const others = await db.eventRegistration.findMany({
    where: { eventId: registration.eventId, status: "CONFIRMED", id: { not: registration.id } },
    select: { organizationId: true },
  });
  try {
    return await suggestPartners(getSearchEngine(), db, {
      organizationId: registration.organizationId,
      locale,
      limit,
      amongOrganizationIds: others.map((o) => o.organizationId),
      extraOffers: [registration.note],
      extraSeeks: [registration.lookingFor],
    });
  } catch (e) {
    console.error("[partners] event suggestions failed", e);
    return null;
  }
}
