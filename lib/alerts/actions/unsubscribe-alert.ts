// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { unsubscribeAlertSchema } from "../../saved-searches/schema";
import { unsubscribeByToken } from "../unsubscribe";

/**
 * The unsubscribe page switches the alerts off through this once it runs in a browser, never
 * while rendering: mail scanners open links too. The link's token is the only credential.
 */
export const unsubscribeAlertAction = safeAction({
  auth: "optional",
  schema: unsubscribeAlertSchema,
  rateLimit: (_input, ctx) => [{ limiter: "alertLinksPerIp", key: ctx.ip }],
  handler: async ({ token }) => {
    const subscription = await unsubscribeByToken(db, token);
    if (!subscription) throw new ActionError("not_found", { message: "Alerts.unsubscribe.invalidTitle" });
    return { name: subscription.name, frequency: subscription.frequency };
  },
});
