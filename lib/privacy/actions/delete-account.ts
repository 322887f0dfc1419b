// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { safeAction } from "../../actions/safe-action";
import { assertCurrentPassword } from "../../auth/current-password";
import { removeLogo } from "../../companies/logo-storage";
import { deleteAccountInTx } from "../account-deletion";
import { deleteAccountSchema } from "../schema";

/** Erases the signed-in user's account (GDPR Art. 17); see account-deletion.ts for their companies. */
export const deleteAccountAction = safeAction({
  schema: deleteAccountSchema,
  handler: async ({ password }, ctx) => {
    await assertCurrentPassword(ctx.user.id, password, "password");
    const logos = await db.$transaction((tx) => deleteAccountInTx(tx, ctx.user.id), { timeout: 30_000 });
    await Promise.all(logos.map((l) => removeLogo(l)));
    return { deleted: true };
  },
});
