// SPDX-License-Identifier: EUPL-1.2
/**
 * The months a dashboard covers. Months are calendar months in UTC: the figures are counted by
 * the database in UTC, and a month that moved with the viewer's time zone would make the
 * dashboard and its CSV disagree with a count made elsewhere.
 */
export interface DashboardPeriod {
  /** First month, "YYYY-MM". */
  from: string;
  /** Last month, inclusive, "YYYY-MM". */
  to: string;
  /** Start of the first month. */
  start: Date;
  /** Start of the month after the last one (exclusive). */
  end: Date;
  /** Every month of the period, oldest first. */
  months: string[];
}

/** Longer periods make unreadable charts; three years cover any annual report with its comparison. */
export const MAX_MONTHS = 36;
export const DEFAULT_MONTHS = 12;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export type PeriodProblem = "invalid" | "reversed" | "tooLong";

export function monthKey(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

function monthStart(key: string): Date {
  const [, y, m] = MONTH.exec(key)!;
  return new Date(Date.UTC(Number(y), Number(m) - 1, 1));
}

function addMonths(date: Date, n: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + n, 1));
}

export function periodOf(from: string, to: string): DashboardPeriod {
  const start = monthStart(from);
  const end = addMonths(monthStart(to), 1);
  const months: string[] = [];
  for (let d = start; d < end; d = addMonths(d, 1)) months.push(monthKey(d));
  return { from, to, start, end, months };
}

/** The last twelve months up to and including the current one. */
export function defaultPeriod(now: Date): DashboardPeriod {
  const to = monthKey(now);
  return periodOf(monthKey(addMonths(monthStart(to), -(DEFAULT_MONTHS - 1))), to);
}

/**
 * Reads `from` and `to` ("YYYY-MM") from a query string. Missing values fall back to the last
 * twelve months; values that make no period give the default with the problem named, so the
 * page can say what it did instead of failing.
 */
export function parsePeriod(
  input: { from?: string | null; to?: string | null },
  now: Date,
): { period: DashboardPeriod; problem: PeriodProblem | null } {
  const fallback = defaultPeriod(now);
  const from = input.from?.trim() || null;
  const to = input.to?.trim() || null;
  if (!from && !to) return { period: fallback, problem: null };
  if ((from && !MONTH.test(from)) || (to && !MONTH.test(to))) return { period: fallback, problem: "invalid" };
  const last = to ?? monthKey(now);
  const first = from ?? monthKey(addMonths(monthStart(last), -(DEFAULT_MONTHS - 1)));
  if (first > last) return { period: fallback, problem: "reversed" };
  const period = periodOf(first, last);
  if (period.months.length > MAX_MONTHS) return { period: fallback, problem: "tooLong" };
  return { period, problem: null };
}
