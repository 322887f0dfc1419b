// SPDX-License-Identifier: EUPL-1.2
import type { DbTx } from "../db/prisma";
import { enqueueSearchUpdates } from "../search/outbox";
import { recordAudit } from "../audit/log";

/**
 * Deletes an organization with everything that belongs to it (members, listings, events,
 * registrations, invitations, enquiry threads cascade in the database) inside the caller's
 * transaction, removes enquiry attachments no remaining message points to, queues
 * the removal of its search documents and records the deletion without personal data.
 * Returns the logo to remove from the logo store once the transaction has committed.
 */
export async function deleteOrganizationInTx(
  tx: DbTx,
  organizationId: string,
  audit: { actorUserId: string | null; reason: "owner" | "account-deletion" },
): Promise<{ logoPath: string | null } | null> {
  const organization = await tx.organization.findUnique({
    where: { id: organizationId },
    select: {
      id: true,
      kind: true,
      logoPath: true,
      listings: { select: { id: true } },
      events: { select: { id: true } },
    },
  });
  if (!organization) return null;
  // Files sent in this company's threads; one copy may serve several recipients, so only those
  // no remaining message points to go with it.
  const attachments = await tx.enquiryMessage.findMany({
    where: {
      attachmentId: { not: null },
      enquiry: { OR: [{ senderOrganizationId: organizationId }, { recipientOrganizationId: organizationId }] },
    },
    select: { attachmentId: true },
  });
  await tx.organization.delete({ where: { id: organizationId } });
  // A logo kept in the database goes in this transaction, so no failure after the commit can
  // leave it behind; the caller still removes the logo from the configured store (S3) afterwards.
  if (organization.logoPath) await tx.logoBlob.deleteMany({ where: { name: organization.logoPath } });
  const attachmentIds = [...new Set(attachments.map((a) => a.attachmentId!))];
  if (attachmentIds.length) {
    await tx.attachment.deleteMany({ where: { id: { in: attachmentIds }, messages: { none: {} } } });
  }
  // The indexer sees the organization gone and drops every document that belonged to it.
  await enqueueSearchUpdates(tx, "COMPANY", [organizationId]);
  await enqueueSearchUpdates(
    tx,
    "LISTING",
    organization.listings.map((l) => l.id),
  );
  await enqueueSearchUpdates(
    tx,
    "EVENT",
    organization.events.map((e) => e.id),
  );
  await recordAudit(tx, {
    actorUserId: audit.actorUserId,
    action: "company.delete",
    entityType: "Organization",
    entityId: organizationId,
    // Counts only: names, addresses and texts are exactly what the deletion is meant to remove.
    metadata: {
      kind: organization.kind,
      reason: audit.reason,
      listings: organization.listings.length,
      events: organization.events.length,
    },
  });
  return { logoPath: organization.logoPath };
}
