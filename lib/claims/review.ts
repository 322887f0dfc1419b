// SPDX-License-Identifier: EUPL-1.2
import { ActionError } from "../actions/safe-action";
import { recordAudit } from "../audit/log";
import type { DbTx } from "../db/prisma";
import { toLocale } from "../i18n/translator";
import { portalUrl } from "../mail/templates";
import type { OutgoingMail } from "../mail/transport";
import { claimCompanyInTx } from "./claim";
import { claimDecisionMail } from "./mails";

/**
 * Approves or rejects an open claim request inside the caller's transaction and returns the mail
 * that tells the person. `listedBy` restricts the request to companies that institution lists
 * (its staff's queue); without it (platform admins) any open request may be decided.
 */
export async function decideClaimRequestInTx(
  tx: DbTx,
  p: {
    requestId: string;
    decision: "approve" | "reject";
    reason: string | null;
    reviewerId: string;
    listedBy?: string;
  },
): Promise<OutgoingMail> {
  const request = await tx.claimRequest.findFirst({
    where: {
      id: p.requestId,
      ...(p.listedBy ? { company: { listedBy: { some: { institutionId: p.listedBy } } } } : {}),
    },
    select: {
      id: true,
      status: true,
      companyId: true,
      userId: true,
      company: { select: { name: true, slug: true } },
      user: { select: { email: true, name: true, locale: true } },
    },
  });
  if (!request) throw new ActionError("not_found");
  if (request.status !== "PENDING") throw new ActionError("conflict", { message: "Claims.errors.alreadyDecided" });

  const approved = p.decision === "approve";
  if (approved) {
    await claimCompanyInTx(tx, {
      companyId: request.companyId,
      userId: request.userId,
      actorUserId: p.reviewerId,
      route: "request",
      requestId: request.id,
    });
  } else {
    await recordAudit(tx, {
      actorUserId: p.reviewerId,
      action: "claim.reject",
      entityType: "Organization",
      entityId: request.companyId,
      metadata: { requestId: request.id },
    });
  }
  // Guarded by the status, so a second reviewer deciding at the same moment changes nothing.
  const { count } = await tx.claimRequest.updateMany({
    where: { id: request.id, status: "PENDING" },
    data: {
      status: approved ? "APPROVED" : "REJECTED",
      reviewedById: p.reviewerId,
      reviewedAt: new Date(),
      reason: approved ? null : p.reason,
    },
  });
  if (count !== 1) throw new ActionError("conflict", { message: "Claims.errors.alreadyDecided" });

  const locale = toLocale(request.user.locale);
  return claimDecisionMail({
    locale,
    to: request.user.email,
    name: request.user.name,
    company: request.company.name,
    approved,
    reason: approved ? null : p.reason,
    url: portalUrl(locale, "/account/company", { org: request.companyId }),
  });
}
