// SPDX-License-Identifier: EUPL-1.2
import type { DbTx } from "../db/prisma";
import { ActionError } from "../actions/safe-action";
import { deleteOrganizationInTx } from "../companies/deletion";
import { DELETED_AUTHOR_NAME } from "../enquiries/constants";
import { snapshotWithoutAuthors } from "../enquiries/report-snapshot";
import { lockOrganization } from "../companies/organization-lock";
import { recordAudit } from "../audit/log";

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
  // Collected before anything is deleted: the names this person wrote under, which copies in
  // abuse reports may show, even when the threads go with a company below.
  const namesWritten = await tx.enquiryMessage.findMany({
    where: { authorUserId: userId },
    distinct: ["authorName"],
    select: { authorName: true },
  });
  const logos: string[] = [];
  for (const organizationId of plan.deleteWithAccount) {
    const removed = await deleteOrganizationInTx(tx, organizationId, { actorUserId: null, reason: "account-deletion" });
    if (removed?.logoPath) logos.push(removed.logoPath);
  }
  await removePersonFromRecords(tx, userId, [user.name, ...namesWritten.map((m) => m.authorName)]);
  // Open invitations and sign-in links addressed to this person carry their address.
  await tx.invitation.deleteMany({ where: { email: user.email } });
  await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
  // Accounts, sessions, tokens, saved searches and memberships cascade; invitations the user sent
  // keep going without a sender.
  await tx.user.delete({ where: { id: userId } });
  // Without the user's id: the deletion is on record, the person no longer is.
  await recordAudit(tx, {
    actorUserId: null,
    action: "account.delete",
    entityType: "User",
    metadata: { companiesDeleted: plan.deleteWithAccount.length },
  });
  return logos;
}

/**
 * Records that stay because they belong to a company or to the platform, with the person taken
 * out: their id everywhere, their name and what they wrote about themselves where it was theirs.
 */
async function removePersonFromRecords(tx: DbTx, userId: string, names: (string | null)[]) {
  // Registrations belong to the company and stay; who attends and the texts they wrote go.
  await tx.eventRegistration.updateMany({
    where: { userId },
    data: { userId: null, participantName: DELETED_AUTHOR_NAME, note: null, lookingFor: null },
  });
  // Messages in other companies' threads stay (they are that company's correspondence too), but
  // no longer name or point to the person. The placeholder is the same in every language.
  await tx.enquiryMessage.updateMany({
    where: { authorUserId: userId },
    data: { authorName: DELETED_AUTHOR_NAME, authorUserId: null },
  });
  await tx.enquiry.updateMany({ where: { senderUserId: userId }, data: { senderUserId: null } });
  // Reports and blocks belong to the company; who filed them goes with the account.
  await tx.abuseReport.updateMany({ where: { reporterUserId: userId }, data: { reporterUserId: null } });
  await tx.companyBlock.updateMany({ where: { createdByUserId: userId }, data: { createdByUserId: null } });
  await tx.enquiryRejection.updateMany({ where: { userId }, data: { userId: null } });
  // Copies of reported messages keep the evidence (what was written) but not who wrote it.
  const reported = await tx.abuseReport.findMany({
    where: { reportedAuthorUserIds: { has: userId } },
    select: { id: true, reportedMessages: true, reportedOrganizationName: true, reportedAuthorUserIds: true },
  });
  for (const report of reported) {
    // A person without a name wrote under the company's name, which the report keeps anyway.
    const own = new Set(names.filter((n): n is string => Boolean(n) && n !== report.reportedOrganizationName));
    await tx.abuseReport.update({
      where: { id: report.id },
      data: {
        reportedMessages: report.reportedMessages && snapshotWithoutAuthors(report.reportedMessages, own, DELETED_AUTHOR_NAME),
        reportedAuthorUserIds: report.reportedAuthorUserIds.filter((id) => id !== userId),
      },
    });
  }
  // The audit trail keeps what happened, not who did it or to whom.
  await tx.auditLog.updateMany({ where: { actorUserId: userId }, data: { actorUserId: null } });
  await tx.auditLog.updateMany({ where: { entityType: "User", entityId: userId }, data: { entityId: null } });
  await tx.$executeRaw`UPDATE "AuditLog" SET metadata = metadata - 'userId' WHERE metadata->>'userId' = ${userId}`;
}
