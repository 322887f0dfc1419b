// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { recordAudits } from "../../audit/log";
import { portalUrl } from "../../mail/templates";
import { companyLocale } from "../company-locale";
import { CLAIM_INVITATIONS_PER_RUN } from "../constants";
import { sendAll } from "../delivery";
import { issueClaimLink } from "../links";
import { claimInvitationMail } from "../mails";
import { sendClaimInvitationsSchema } from "../schema";

/**
 * Staff of an institution invite companies it lists to claim their profiles: the ticked ones, or
 * all. Only members that nobody manages yet and that have a contact address get a mail; the
 * answer counts what was sent, what failed and what was left out, and the member list shows the
 * same per company.
 */
export const sendClaimInvitationsAction = safeAction({
  schema: sendClaimInvitationsSchema,
  rateLimit: (_input, ctx) => [{ limiter: "claimInvitationRunsPerUser", key: ctx.user.id }],
  authorize: { permission: "institution.members.manage", organizationId: (input) => input.institutionId },
  handler: async (input, ctx) => {
    if (!input.all && input.companyIds.length === 0) {
      throw new ActionError("validation", { field: "companyIds", message: "Claims.errors.noneSelected" });
    }
    const institution = await db.organization.findUnique({
      where: { id: input.institutionId },
      select: { id: true, name: true, kind: true },
    });
    if (institution?.kind !== "INSTITUTION") throw new ActionError("not_found");

    const listed = await db.institutionMember.findMany({
      where: { institutionId: institution.id, ...(input.all ? {} : { companyId: { in: input.companyIds } }) },
      orderBy: { createdAt: "asc" },
      select: {
        companyId: true,
        contactEmail: true,
        company: {
          select: { id: true, name: true, kind: true, country: true, languages: true, _count: { select: { memberships: true } } },
        },
      },
    });
    if (!input.all && listed.length === 0) throw new ActionError("not_found");
    const managed = listed.filter((m) => m.company._count.memberships > 0);
    const withoutAddress = listed.filter((m) => m.company._count.memberships === 0 && !m.contactEmail?.trim());
    const invitable = listed.filter((m) => m.company._count.memberships === 0 && m.contactEmail?.trim());
    if (invitable.length > CLAIM_INVITATIONS_PER_RUN) {
      throw new ActionError("validation", {
        field: "companyIds",
        message: "Claims.errors.tooManyAtOnce",
        values: { max: CLAIM_INVITATIONS_PER_RUN },
      });
    }

    const now = new Date();
    const outgoing = await db.$transaction(async (tx) => {
      const mails = [];
      for (const member of invitable) {
        const email = member.contactEmail!.trim();
        const locale = companyLocale(member.company);
        const link = await issueClaimLink(tx, {
          companyId: member.companyId,
          institutionId: institution.id,
          email,
          locale,
          sentById: ctx.user.id,
          now,
        });
        mails.push({
          key: link.id,
          mail: claimInvitationMail({
            locale,
            to: email,
            company: member.company.name,
            institution: institution.name,
            url: portalUrl(locale, "/account/claim", { token: link.token }),
          }),
        });
      }
      await recordAudits(
        tx,
        invitable.map((m) => ({
          actorUserId: ctx.user.id,
          action: "claim.invite" as const,
          entityType: "Organization" as const,
          entityId: m.companyId,
          metadata: { institutionId: institution.id },
        })),
      );
      return mails;
    });

    const failed = await sendAll(outgoing);
    if (failed.length) {
      await db.claimInvitation.updateMany({ where: { id: { in: failed } }, data: { failedAt: new Date() } });
    }
    return {
      sent: outgoing.length - failed.length,
      failed: failed.length,
      alreadyManaged: managed.length,
      withoutAddress: withoutAddress.length,
    };
  },
});
