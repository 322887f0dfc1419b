// SPDX-License-Identifier: EUPL-1.2
import { ActionError } from "../actions/safe-action";
import { recordAudit } from "../audit/log";
import { isManaged } from "../companies/claim-state";
import { lockOrganization } from "../companies/organization-lock";
import type { DbTx } from "../db/prisma";
import { enqueueSearchUpdates } from "../search/outbox";

/** How a profile came to be claimed; kept in the audit row. */
export type ClaimRoute = "invitation" | "enquiry-link" | "domain" | "request";

/**
 * Makes `userId` the owner of an unmanaged company, inside the caller's transaction. The
 * organization lock orders concurrent claims: of two people claiming the same profile at the
 * same moment, the second finds it managed and gets "conflict". What waited for the claim now
 * reaches the new owner: enquiries mailed to the contact address move into the inbox, and other
 * people's open claim requests for the profile are closed.
 */
export async function claimCompanyInTx(
  tx: DbTx,
  p: { companyId: string; userId: string; actorUserId: string; route: ClaimRoute; requestId?: string },
): Promise<void> {
  if (!(await lockOrganization(tx, p.companyId))) throw new ActionError("not_found");
  const company = await tx.organization.findUnique({ where: { id: p.companyId }, select: { kind: true } });
  if (company?.kind !== "COMPANY") throw new ActionError("not_found");
  if (await isManaged(tx, p.companyId)) {
    throw new ActionError("conflict", { message: "Claims.errors.alreadyManaged" });
  }
  await tx.membership.create({ data: { userId: p.userId, organizationId: p.companyId, role: "OWNER" } });
  await tx.enquiry.updateMany({
    where: { recipientOrganizationId: p.companyId, delivery: { in: ["MAILED", "MAIL_FAILED"] } },
    data: { delivery: "MEMBERS" },
  });
  await tx.claimRequest.updateMany({
    where: { companyId: p.companyId, status: "PENDING", ...(p.requestId ? { id: { not: p.requestId } } : {}) },
    data: { status: "CLOSED", reviewedAt: new Date() },
  });
  // Search documents say whether a company manages its profile.
  await enqueueSearchUpdates(tx, "COMPANY", [p.companyId]);
  await recordAudit(tx, {
    actorUserId: p.actorUserId,
    action: "company.claim",
    entityType: "Organization",
    entityId: p.companyId,
    metadata: { userId: p.userId, route: p.route, ...(p.requestId ? { requestId: p.requestId } : {}) },
  });
}
