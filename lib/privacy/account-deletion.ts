import type { DbTx } from "../db/prisma";
import { ActionError } from "../actions/safe-action";
import { deleteOrganizationInTx } from "../companies/deletion";
import { DELETED_AUTHOR_NAME } from "../enquiries/constants";
import { lockOrganization } from "../team/owners";

/**
 * What happens to the organizations of a user who deletes the account:
 * - where the user is the only member, the organization goes with the account, since nobody
 *   else could ever manage it again;
 * - where the user is the last owner but others are members, deletion is refused until the
 *   user hands ownership to someone (or deletes the company explicitly), because silently
 *   deleting colleagues' shared profile, or leaving it without anyone in charge, are both worse;
 * - otherwise only the membership ends.
 */
export async function planOrganizations(tx: DbTx, userId: string) {
  const memberships = await tx.membership.findMany({
    where: { userId },
    orderBy: { organizationId: "asc" },
    select: { organizationId: true, role: true, organization: { select: { name: true } } },
  });
  const deleteWithAccount: string[] = [];
  const needsNewOwner: string[] = [];
  for (const m of memberships) {
    // Same lock as the team actions, so nobody joins or leaves while we decide.
    await lockOrganization(tx, m.organizationId);
    const [members, owners] = await Promise.all([
      tx.membership.count({ where: { organizationId: m.organizationId } }),
      tx.membership.count({ where: { organizationId: m.organizationId, role: "OWNER" } }),
    ]);
    if (members === 1) deleteWithAccount.push(m.organizationId);
    else if (m.role === "OWNER" && owners === 1) needsNewOwner.push(m.organization.name);
  }
  return { deleteWithAccount, needsNewOwner };
}

/** Deletes the user and their personal data inside the caller's transaction; returns logo files to remove afterwards. */
export async function deleteAccountInTx(tx: DbTx, userId: string): Promise<string[]> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } });
  if (!user) throw new ActionError("not_found");
  const plan = await planOrganizations(tx, userId);
  if (plan.needsNewOwner.length) {
    throw new ActionError("conflict", {
      message: "Privacy.deleteAccount.transferFirst",
      values: { companies: plan.needsNewOwner.join(", ") },
    });
  }
  const logos: string[] = [];
  for (const organizationId of plan.deleteWithAccount) {
    const removed = await deleteOrganizationInTx(tx, organizationId, { actorUserId: null, reason: "account-deletion" });
    if (removed?.logoPath) logos.push(removed.logoPath);
  }
  // Registrations belong to the company and stay; the link to the person and their name go.
  if (user.name) {
    await tx.eventRegistration.updateMany({
      where: { userId, participantName: user.name },
      data: { participantName: "–" },
    });
  }
  await tx.eventRegistration.updateMany({ where: { userId }, data: { userId: null } });
  // Messages in other companies' threads stay (they are that company's correspondence too), but
  // no longer name or point to the person. The placeholder is the same in every language.
  await tx.enquiryMessage.updateMany({
    where: { authorUserId: userId },
    data: { authorName: DELETED_AUTHOR_NAME, authorUserId: null },
  });
  // Reports and blocks belong to the company; who filed them goes with the account.
  await tx.abuseReport.updateMany({ where: { reporterUserId: userId }, data: { reporterUserId: null } });
  await tx.companyBlock.updateMany({ where: { createdByUserId: userId }, data: { createdByUserId: null } });
  // Open invitations addressed to this person carry their address.
  await tx.invitation.deleteMany({ where: { email: user.email } });
  // Accounts, sessions, tokens and memberships cascade; invitations the user sent keep going without a sender.
  await tx.user.delete({ where: { id: userId } });
  await tx.auditLog.create({
    data: {
      actorUserId: null,
      action: "account.delete",
      entityType: "User",
      entityId: userId,
      metadata: { companiesDeleted: plan.deleteWithAccount.length },
    },
  });
  return logos;
}
