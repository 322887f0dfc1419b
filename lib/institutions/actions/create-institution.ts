// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { PLATFORM } from "../../auth/permissions";
import { expiresIn, newToken, TOKEN_LIFETIME_MS } from "../../auth/tokens";
import { recordAudit } from "../../audit/log";
import { baseSlug, uniqueSlug } from "../../companies/slug";
import { invitationMail, portalUrl } from "../../mail/templates";
import { sendMailInBackground } from "../../mail/transport";
import { createInstitutionSchema } from "../schema";

/**
 * A platform admin creates a published institution and invites its first admin by mail. The
 * invitation is the ordinary team invitation: the admin signs up (or in) with that address and
 * joins as INSTITUTION_ADMIN, then invites the staff.
 */
export const createInstitutionAction = safeAction({
  schema: createInstitutionSchema,
  rateLimit: (_input, ctx) => [{ limiter: "mailsPerUser", key: ctx.user.id }],
  authorize: { permission: "platform.manage", resource: async () => PLATFORM },
  handler: async (input, ctx) => {
    const { token, tokenHash } = newToken();
    const institution = await db.$transaction(async (tx) => {
      const sameName = await tx.organization.findFirst({
        where: { kind: "INSTITUTION", name: { equals: input.name, mode: "insensitive" } },
        select: { id: true },
      });
      if (sameName) throw new ActionError("conflict", { field: "name", message: "Institutions.errors.nameTaken" });
      const base = baseSlug(input.name);
      const taken = new Set(
        (await tx.organization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((o) => o.slug),
      );
      const created = await tx.organization.create({
        data: {
          kind: "INSTITUTION",
          name: input.name,
          slug: uniqueSlug(base, (s) => taken.has(s)),
          institutionType: input.institutionType,
          country: input.country,
          regionId: input.regionId,
          website: input.website,
          verificationScope: input.verificationScope,
          status: "PUBLISHED",
          publishedAt: new Date(),
        },
        select: { id: true, name: true, slug: true },
      });
      const invitation = await tx.invitation.create({
        data: {
          organizationId: created.id,
          email: input.adminEmail,
          role: "INSTITUTION_ADMIN",
          locale: input.adminLocale,
          tokenHash,
          invitedById: ctx.user.id,
          expiresAt: expiresIn(TOKEN_LIFETIME_MS.INVITATION),
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "institution.create",
        entityType: "Organization",
        entityId: created.id,
        metadata: {
          institutionType: input.institutionType,
          verificationScope: input.verificationScope,
          invitationId: invitation.id,
        },
      });
      return created;
    });

    sendMailInBackground(
      invitationMail({
        locale: input.adminLocale,
        to: input.adminEmail,
        inviterName: ctx.user.name ?? ctx.user.email,
        organizationName: institution.name,
        organizationKind: "INSTITUTION",
        role: "INSTITUTION_ADMIN",
        url: portalUrl(input.adminLocale, "/account/invitation", { token }),
      }),
    );
    return { id: institution.id, slug: institution.slug };
  },
});
