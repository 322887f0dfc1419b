// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { resubscribeAlertSchema } from "../../saved-searches/schema";
import { resubscribeByToken } from "../unsubscribe";

/** "Keep sending after all" on the unsubscribe page: the link's token is the only credential. */
export const resubscribeAlertAction = safeAction({
  auth: "optional",
  schema: resubscribeAlertSchema,
  rateLimit: (_input, ctx) => [{ limiter: "alertLinksPerIp", key: ctx.ip }],
  handler: async ({ token, frequency }) => {
    const subscription = await resubscribeByToken(db, token, frequency);
    if (!subscription) throw new ActionError("not_found", { message: "Alerts.unsubscribe.invalidTitle" });
    return { frequency: subscription.frequency };
  },
});
