// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { dateToLocalInput } from "../events/local-time";
import { toCsv } from "../events/csv";
import type { Locale } from "../i18n/routing";
import { translatorFor } from "../i18n/translator";
import { countryPair } from "./outcome-report";
import { feedbackOfEvent } from "./outcome-queries";

/** One line per answer, for the institutions' statistics: who met whom, from where, in which industry, and what came of it. */
export async function outcomesCsv(eventId: string, locale: Locale): Promise<string> {
  const t = translatorFor(locale);
  const rows = await feedbackOfEvent(eventId);
  const header = (["start", "table", "company", "country", "otherCompany", "otherCountry", "countryPair", "industries", "outcome", "note"] as const).map((c) =>
    t(`MeetingOutcomes.csv.${c}`),
  );
  return toCsv(
    header,
    rows.map((r) => [
      dateToLocalInput(r.startsAt).replace("T", " "),
      r.tableNumber,
      r.own.name,
      r.own.country,
      r.other.name,
      r.other.country,
      countryPair(r.own.country, r.other.country),
      r.industries.join(", "),
      t(`MeetingOutcomes.outcome.${r.outcome}`),
      r.note,
    ]),
  );
}
