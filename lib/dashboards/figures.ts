// SPDX-License-Identifier: EUPL-1.2
import type { MeetingOutcome } from "../generated/prisma/enums";

/** The figures of a dashboard, each shown as a chart with its table and exported on its own. */
export const FIGURES = [
  "companies-by-country",
  "companies-by-region",
  "companies-by-industry",
  "growth",
  "enquiries",
  "enquiries-by-industry",
  "events",
] as const;
export type FigureId = (typeof FIGURES)[number];

export function isFigureId(value: string): value is FigureId {
  return (FIGURES as readonly string[]).includes(value);
}

/** Companies of one country, region or industry as they stood at the end of the period. */
export interface CompanyBreakdownRow {
  /** Country code, region id or NACE division; "" where the company gave none. */
  key: string;
  total: number;
  /** Has at least one member account. */
  claimed: number;
  unclaimed: number;
  /** Vouched for by an institution, not revoked. */
  verified: number;
}

export interface GrowthRow {
  month: string;
  companies: number;
  listings: number;
  events: number;
}

export interface EnquiryMonthRow {
  month: string;
  deToCz: number;
  czToDe: number;
}

export interface EnquiryIndustryRow {
  /** NACE division of the company asked; "" where it gave none. */
  key: string;
  deToCz: number;
  czToDe: number;
}

export type OutcomeCounts = Record<MeetingOutcome, number>;

export interface EventMonthRow {
  month: string;
  events: number;
  registrations: number;
  meetingsHeld: number;
  /** Answers given in meeting feedback; one meeting has up to two. */
  outcomes: OutcomeCounts;
}

export interface DashboardFigures {
  companiesByCountry: CompanyBreakdownRow[];
  companiesByRegion: CompanyBreakdownRow[];
  companiesByIndustry: CompanyBreakdownRow[];
  growth: GrowthRow[];
  enquiries: EnquiryMonthRow[];
  enquiriesByIndustry: EnquiryIndustryRow[];
  events: EventMonthRow[];
}
