// SPDX-License-Identifier: EUPL-1.2
/** The NACE division (two digits) an industry code belongs to; sections stay as they are. */
export function divisionOf(industry: { code: string; level: string; parentCode: string | null }): string {
  if (industry.level === "class" || industry.level === "group") return industry.parentCode ?? industry.code.slice(0, 2);
  return industry.code;
}
