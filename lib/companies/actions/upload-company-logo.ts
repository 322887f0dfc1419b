// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { enqueueSearchUpdates } from "../../search/outbox";
import { lockOrganization } from "../organization-lock";
import { processLogo } from "../logo-image";
import { removeLogo, storeLogo } from "../logo-storage";
import { LOGO_MAX_BYTES, logoUrl } from "../logo-url";
import { uploadLogoSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/** Replaces the company's logo with the uploaded PNG, JPEG or WebP, re-encoded (see processLogo). */
export const uploadCompanyLogoAction = safeAction({
  schema: uploadLogoSchema,
  authorize: { permission: "company.update", organizationId: (input) => input.organizationId },
  handler: async ({ organizationId, logo }, ctx) => {
    const exists = await db.organization.count({ where: { id: organizationId, kind: "COMPANY" } });
    if (!exists) throw new ActionError("not_found");

    // Checked before reading the body into a buffer of its own.
    const processed =
      logo.size > LOGO_MAX_BYTES
        ? ({ ok: false, problem: "tooLarge" } as const)
        : await processLogo(Buffer.from(await logo.arrayBuffer()));
    if (!processed.ok) {
      throw new ActionError("validation", {
        field: "logo",
        message: `CompanyEditor.logo.errors.${processed.problem}`,
        values: { max: LOGO_MAX_BYTES / (1024 * 1024) },
      });
    }

    const fileName = await storeLogo(processed.data);
    let previous: string | null;
    try {
      previous = await db.$transaction(async (tx) => {
        if (!(await lockOrganization(tx, organizationId))) throw new ActionError("not_found");
        const before = await tx.organization.findUnique({ where: { id: organizationId }, select: { logoPath: true } });
        await tx.organization.update({ where: { id: organizationId }, data: { logoPath: fileName } });
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "company.logo.update",
          entityType: "Organization",
          entityId: organizationId,
        });
        await enqueueSearchUpdates(tx, "COMPANY", [organizationId]);
        return before?.logoPath ?? null;
      });
    } catch (e) {
      await removeLogo(fileName);
      throw e;
    }
    // Only after the commit: until then the old file is the one the profile points to.
    await removeLogo(previous);
    return { logoUrl: logoUrl(fileName), width: processed.width, height: processed.height };
  },
});
