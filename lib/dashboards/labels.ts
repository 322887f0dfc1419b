// SPDX-License-Identifier: EUPL-1.2
import type { Db } from "../db/prisma";
import { regionName } from "../geo/labels";
import type { Locale } from "../i18n/routing";
import { translatorFor } from "../i18n/translator";
import type { DashboardFigures } from "./figures";
import { monthLabel, type Labels } from "./presentation";

/** Names for the codes the figures hold, in the viewer's language; industry names come from the NACE table. */
export async function labelsFor(db: Db, locale: Locale, figures: Partial<DashboardFigures>): Promise<Labels> {
  const codes = new Set(
    [...(figures.companiesByIndustry ?? []), ...(figures.enquiriesByIndustry ?? [])].map((r) => r.key).filter(Boolean),
  );
  const industries = codes.size
    ? await db.industry.findMany({ where: { code: { in: [...codes] } }, select: { code: true, nameDe: true, nameCs: true, nameEn: true } })
    : [];
  const names = new Map(industries.map((i) => [i.code, { de: i.nameDe, cs: i.nameCs, en: i.nameEn }[locale]]));
  const t = translatorFor(locale);
  return {
    country: (code) => (t.has(`Countries.${code}` as "Countries.DE") ? t(`Countries.${code}` as "Countries.DE") : code),
    region: (id) => regionName(id, locale) ?? id,
    industry: (code) => (names.has(code) ? `${code} ${names.get(code)}` : code),
    month: (month) => monthLabel(locale, month),
  };
}
