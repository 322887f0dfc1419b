// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { recordAudit } from "../../audit/log";
import { isManaged } from "../../companies/claim-state";
import { toLocale } from "../../i18n/translator";
import { portalUrl } from "../../mail/templates";
import { sendMailInBackground } from "../../mail/transport";
import { claimCompanyInTx } from "../claim";
import { domainVerdict } from "../email-domain";
import { claimRequestMail } from "../mails";
import { reviewerAddresses } from "../reviewers";
import { requestClaimSchema } from "../schema";

/**
 * "This is my company" on the public profile of a company nobody manages. The session's address
 * is verified; when its domain is the company website's (and not a free mail provider's), the
 * person becomes owner at once. Otherwise a request goes to the institutions that list the
 * company, or to the platform admins, who decide in the browser. Asking again while a request
 * is open changes nothing.
 */
export const requestClaimAction = safeAction({
  schema: requestClaimSchema,
  rateLimit: (_input, ctx) => [{ limiter: "claimsPerUser", key: ctx.user.id }],
  handler: async (input, ctx) => {
    const company = await db.organization.findUnique({
      where: { id: input.companyId },
      select: { id: true, name: true, kind: true, status: true, website: true },
    });
    if (company?.kind !== "COMPANY" || company.status !== "PUBLISHED") throw new ActionError("not_found");
    if (ctx.user.memberships.some((m) => m.organizationId === company.id)) {
      throw new ActionError("conflict", { message: "Claims.errors.alreadyYours" });
    }
    const verdict = domainVerdict(ctx.user.email, company.website);

    if (verdict === "match") {
      await db.$transaction((tx) =>
        claimCompanyInTx(tx, { companyId: company.id, userId: ctx.user.id, actorUserId: ctx.user.id, route: "domain" }),
      );
      return { outcome: "claimed" as const, companyId: company.id };
    }

    const outcome = await db.$transaction(async (tx) => {
      if (await isManaged(tx, company.id)) throw new ActionError("conflict", { message: "Claims.errors.alreadyManaged" });
      const open = await tx.claimRequest.findFirst({
        where: { companyId: company.id, userId: ctx.user.id, status: "PENDING" },
        select: { id: true },
      });
      const { reviewer, users } = await reviewerAddresses(tx, company.id);
      if (open) return { reviewer, mails: [] };
      const request = await tx.claimRequest.create({
        data: { companyId: company.id, userId: ctx.user.id, email: ctx.user.email, note: input.note, domainCheck: verdict },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "claim.request",
        entityType: "Organization",
        entityId: company.id,
        metadata: { requestId: request.id, domainCheck: verdict },
      });
      const mails = users.map((u) => {
        const locale = toLocale(u.locale);
        return claimRequestMail({
          locale,
          to: u.email,
          name: u.name,
          company: company.name,
          url: portalUrl(locale, reviewer === "institution" ? "/organizer/claims" : "/admin/claims"),
        });
      });
      return { reviewer, mails };
    });
    for (const mail of outcome.mails) sendMailInBackground(mail);
    return { outcome: "requested" as const, reviewer: outcome.reviewer, companyId: company.id };
  },
});
