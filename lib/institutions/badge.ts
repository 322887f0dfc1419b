// SPDX-License-Identifier: EUPL-1.2
import type { Lang } from "../i18n/localized";
import { translateKey } from "../i18n/translator";

/**
 * "verified by IHK Chemnitz, 12 March 2027" in the reader's language: the same words on the
 * profile, in search hits and in the API. The date is the day in the portal's time zone.
 */
export function verificationLabel(locale: Lang, by: { institutionName: string; verifiedAt: string | Date }): string {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Berlin" }).format(new Date(by.verifiedAt));
  return translateKey(locale, "Verification.badge", { institution: by.institutionName, date });
}
