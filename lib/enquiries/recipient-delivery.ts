// SPDX-License-Identifier: EUPL-1.2
import { contactAddresses } from "../claims/contact";
import { managedCompanyIds } from "../companies/claim-state";
import type { Db, DbTx } from "../db/prisma";

/**
 * How an enquiry would reach each recipient: the inbox of a company that manages its profile;
 * for an imported profile nobody has claimed yet, a mail to the address its institution keeps;
 * or not at all. The compose form shows this before sending, and the send action decides by it.
 * The address itself never leaves the server.
 */
export type RecipientRoute = "members" | "mail" | "none";

export async function recipientRoutes(
  db: Db | DbTx,
  companyIds: readonly string[],
): Promise<Map<string, { route: RecipientRoute; email: string | null }>> {
  const [managed, addresses] = await Promise.all([managedCompanyIds(db, companyIds), contactAddresses(db, companyIds)]);
  const routes = new Map<string, { route: RecipientRoute; email: string | null }>();
  for (const id of companyIds) {
    const email = managed.has(id) ? null : (addresses.get(id) ?? null);
    routes.set(id, { route: managed.has(id) ? "members" : email ? "mail" : "none", email });
  }
  return routes;
}
