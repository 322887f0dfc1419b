// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { expiresIn, newToken, TOKEN_LIFETIME_MS } from "../../auth/tokens";
import { invitationMail, portalUrl } from "../../mail/templates";
import { sendMailInBackground } from "../../mail/transport";
import { rolesFor } from "../roles";
import { inviteMemberSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/** Mails an invitation to join the organization. Inviting the same address again renews the link. */
export const inviteMemberAction = safeAction({
  schema: inviteMemberSchema,
  rateLimit: (_input, ctx) => [{ limiter: "mailsPerUser", key: ctx.user.id }],
  authorize: { permission: "company.members.manage", organizationId: (input) => input.organizationId },
  handler: async (input, ctx) => {
    const organization = await db.organization.findUnique({
      where: { id: input.organizationId },
      select: { id: true, name: true, kind: true },
    });
    if (!organization) throw new ActionError("not_found");
    if (!rolesFor(organization.kind).includes(input.role)) {
      throw new ActionError("validation", { field: "role", message: "Validation.invalidChoice" });
    }
    const member = await db.membership.findFirst({
      where: { organizationId: organization.id, user: { email: input.email } },
      select: { id: true },
    });
    if (member) throw new ActionError("conflict", { field: "email", message: "Team.errors.alreadyMember" });

    const { token, tokenHash } = newToken();
    const fields = {
      role: input.role,
      locale: input.locale,
      tokenHash,
      invitedById: ctx.user.id,
      expiresAt: expiresIn(TOKEN_LIFETIME_MS.INVITATION),
    };
    const invitation = await db.$transaction(async (tx) => {
      const row = await tx.invitation.upsert({
        where: { organizationId_email: { organizationId: organization.id, email: input.email } },
        create: { organizationId: organization.id, email: input.email, ...fields },
        update: fields,
        select: { id: true },
      });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "team.invite",
        entityType: "Organization",
        entityId: organization.id,
        metadata: { invitationId: row.id, role: input.role },
      });
      return row;
    });

    sendMailInBackground(
      invitationMail({
        locale: input.locale,
        to: input.email,
        inviterName: ctx.user.name ?? ctx.user.email,
        organizationName: organization.name,
        organizationKind: organization.kind,
        role: input.role,
        url: portalUrl(input.locale, "/account/invitation", { token }),
      }),
    );
    return { invitationId: invitation.id };
  },
});
