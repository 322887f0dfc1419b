// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { toLocale } from "../../i18n/translator";
import { emailChangedMail } from "../../mail/templates";
import { sendMailInBackground } from "../../mail/transport";
import { consumeAuthToken, findValidAuthToken } from "../auth-tokens";
import { verifyEmailSchema } from "../schema";
import { recordAudit } from "../../audit/log";

/** Confirms an address from a mailed link: a new account's, or the new one of an email change. */
export const verifyEmailAction = safeAction({
  schema: verifyEmailSchema,
  auth: "optional",
  handler: async (input) => {
    const token = await findValidAuthToken(db, input.token, ["VERIFY_EMAIL", "CHANGE_EMAIL"]);
    if (!token) throw new ActionError("not_found", { message: "Auth.verify.invalidLink" });
    const { user } = token;

    const invalid = () => new ActionError("not_found", { message: "Auth.verify.invalidLink" });

    if (token.purpose === "VERIFY_EMAIL") {
      if (token.email !== user.email) throw invalid();
      await db.$transaction(async (tx) => {
        if (!(await consumeAuthToken(tx, input.token, ["VERIFY_EMAIL"]))) throw invalid();
        await tx.user.update({ where: { id: user.id }, data: { emailVerified: user.emailVerified ?? new Date() } });
        await tx.authToken.deleteMany({ where: { userId: user.id, purpose: "VERIFY_EMAIL" } });
      });
      return { kind: "verified" as const };
    }

    const oldEmail = user.email;
    try {
      await db.$transaction(async (tx) => {
        // Only the request that takes the token changes the address and mails the old one.
        const taken = await consumeAuthToken(tx, input.token, ["CHANGE_EMAIL"]);
        if (!taken || taken.userId !== user.id) throw invalid();
        await tx.user.update({ where: { id: user.id }, data: { email: taken.email, emailVerified: new Date() } });
        await tx.authToken.deleteMany({ where: { userId: user.id, purpose: { in: ["CHANGE_EMAIL", "VERIFY_EMAIL"] } } });
        await recordAudit(tx, { actorUserId: user.id, action: "user.email_changed", entityType: "User", entityId: user.id });
      });
    } catch (e) {
      // Someone registered the new address after the link was sent.
      if ((e as { code?: string }).code === "P2002") throw new ActionError("conflict", { message: "Auth.verify.emailTaken" });
      throw e;
    }
    sendMailInBackground(
      emailChangedMail({ locale: toLocale(user.locale), to: oldEmail, name: user.name, newEmail: token.email }),
    );
    return { kind: "emailChanged" as const };
  },
});
