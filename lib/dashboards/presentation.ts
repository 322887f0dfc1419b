// SPDX-License-Identifier: EUPL-1.2
import { MEETING_OUTCOMES } from "../matchmaking/schema";
import type { Locale } from "../i18n/routing";
import { translatorFor } from "../i18n/translator";
import type { DashboardFigures, FigureId } from "./figures";

/**
 * One figure as the page and the CSV show it: the same rows and columns in both, so a number
 * in a chamber's report can be traced back to the export. The chart draws a subset of the
 * columns; the table and the CSV carry all of them.
 */
export interface FigureView {
  id: FigureId;
  title: string;
  description: string;
  /** The heading of the first column: month, country, region or industry. */
  keyColumn: string;
  columns: { key: string; label: string }[];
  chartColumns: string[];
  orientation: "vertical" | "horizontal";
  /** `key` is what the CSV's first column holds (a month as YYYY-MM, a country or NACE code). */
  rows: { key: string; label: string; values: Record<string, number> }[];
  note?: string;
}

export interface Labels {
  country: (code: string) => string;
  region: (id: string) => string;
  industry: (code: string) => string;
  month: (month: string) => string;
}

/** Month names in the viewer's language; months are UTC months, as the database counts them. */
export function monthLabel(locale: Locale, month: string): string {
  const [y, m] = month.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 1)));
}

type Slice = Partial<DashboardFigures>;

type ColumnKey =
  | "total"
  | "claimed"
  | "unclaimed"
  | "verified"
  | "companies"
  | "listings"
  | "events"
  | "deToCz"
  | "czToDe"
  | "registrations"
  | "meetingsHeld";

export function figureView(locale: Locale, figure: FigureId, data: Slice, labels: Labels): FigureView {
  const t = translatorFor(locale);
  const col = (key: ColumnKey) => ({ key, label: t(`Statistics.columns.${key}`) });
  const breakdown = (
    id: "companies-by-country" | "companies-by-region" | "companies-by-industry",
    messageKey: "companiesByCountry" | "companiesByRegion" | "companiesByIndustry",
    keyColumn: "country" | "region" | "industry",
    label: (key: string) => string,
  ): FigureView => ({
    id,
    title: t(`Statistics.figures.${messageKey}.title`),
    description: t(`Statistics.figures.${messageKey}.description`),
    keyColumn: t(`Statistics.columns.${keyColumn}`),
    columns: [col("total"), col("claimed"), col("unclaimed"), col("verified")],
    chartColumns: ["claimed", "unclaimed", "verified"],
    orientation: "horizontal",
    rows: (data[messageKey] ?? []).map((r) => ({
      key: r.key,
      label: label(r.key),
      values: { total: r.total, claimed: r.claimed, unclaimed: r.unclaimed, verified: r.verified },
    })),
  });
  switch (figure) {
    case "companies-by-country":
      return breakdown(figure, "companiesByCountry", "country", labels.country);
    case "companies-by-region":
      return breakdown(figure, "companiesByRegion", "region", (k) => (k ? labels.region(k) : t("Statistics.noRegion")));
    case "companies-by-industry":
      return breakdown(figure, "companiesByIndustry", "industry", (k) => (k ? labels.industry(k) : t("Statistics.noIndustry")));
    case "growth":
      return {
        id: figure,
        title: t("Statistics.figures.growth.title"),
        description: t("Statistics.figures.growth.description"),
        keyColumn: t("Statistics.columns.month"),
        columns: [col("companies"), col("listings"), col("events")],
        chartColumns: ["companies", "listings", "events"],
        orientation: "vertical",
        rows: (data.growth ?? []).map((r) => ({
          key: r.month,
          label: labels.month(r.month),
          values: { companies: r.companies, listings: r.listings, events: r.events },
        })),
      };
    case "enquiries":
      return {
        id: figure,
        title: t("Statistics.figures.enquiries.title"),
        description: t("Statistics.figures.enquiries.description"),
        keyColumn: t("Statistics.columns.month"),
        columns: [col("deToCz"), col("czToDe")],
        chartColumns: ["deToCz", "czToDe"],
        orientation: "vertical",
        rows: (data.enquiries ?? []).map((r) => ({ key: r.month, label: labels.month(r.month), values: { deToCz: r.deToCz, czToDe: r.czToDe } })),
      };
    case "enquiries-by-industry":
      return {
        id: figure,
        title: t("Statistics.figures.enquiriesByIndustry.title"),
        description: t("Statistics.figures.enquiriesByIndustry.description"),
        keyColumn: t("Statistics.columns.industry"),
        columns: [col("deToCz"), col("czToDe")],
        chartColumns: ["deToCz", "czToDe"],
        orientation: "horizontal",
        rows: (data.enquiriesByIndustry ?? []).map((r) => ({
          key: r.key,
          label: r.key ? labels.industry(r.key) : t("Statistics.noIndustry"),
          values: { deToCz: r.deToCz, czToDe: r.czToDe },
        })),
      };
    case "events":
      return {
        id: figure,
        title: t("Statistics.figures.events.title"),
        description: t("Statistics.figures.events.description"),
        keyColumn: t("Statistics.columns.month"),
        columns: [
          col("events"),
          col("registrations"),
          col("meetingsHeld"),
          ...MEETING_OUTCOMES.map((o) => ({ key: o, label: t(`MeetingOutcomes.outcome.${o}`) })),
        ],
        chartColumns: ["registrations", "meetingsHeld", "COOPERATION_LIKELY"],
        orientation: "vertical",
        rows: (data.events ?? []).map((r) => ({
          key: r.month,
          label: labels.month(r.month),
          values: { events: r.events, registrations: r.registrations, meetingsHeld: r.meetingsHeld, ...r.outcomes },
        })),
        note: t("Statistics.outcomesNote"),
      };
  }
}


/** The figure as CSV rows: the code or month first, then its name, then the numbers. */
export function figureCsvRows(locale: Locale, view: FigureView): { header: string[]; rows: (string | number)[][] } {
  const monthly = view.orientation === "vertical";
  const header = monthly ? [view.keyColumn, ...view.columns.map((c) => c.label)] : [translatorFor(locale)("Statistics.columns.code"), view.keyColumn, ...view.columns.map((c) => c.label)];
  const rows = view.rows.map((r) =>
    monthly ? [r.key, ...view.columns.map((c) => r.values[c.key] ?? 0)] : [r.key, r.label, ...view.columns.map((c) => r.values[c.key] ?? 0)],
  );
  return { header, rows };
}
