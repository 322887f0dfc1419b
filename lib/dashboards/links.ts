// SPDX-License-Identifier: EUPL-1.2
/** The query string of a dashboard view or export; empty values are left out. */
export function dashboardQuery(values: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) query.set(key, value);
  return query.toString();
}
