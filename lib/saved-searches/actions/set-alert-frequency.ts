// SPDX-License-Identifier: EUPL-1.2
"use server";

import { db } from "../../db";
import { ActionError, safeAction } from "../../actions/safe-action";
import { savedSearchOwner } from "../queries";
import { setAlertFrequencySchema } from "../schema";

/**
 * Switches the alert mails of one of the caller's saved searches. Turning alerts back on starts
 * afresh: the first digest lists what is new from then on, not everything since they were off.
 */
export const setAlertFrequencyAction = safeAction({
  schema: setAlertFrequencySchema,
  authorize: { permission: "savedSearch.manage", resource: ({ savedSearchId }) => savedSearchOwner(savedSearchId) },
  handler: async ({ savedSearchId, frequency }) => {
    await db.$transaction(async (tx) => {
      const current = await tx.savedSearch.findUnique({ where: { id: savedSearchId }, select: { frequency: true } });
      if (!current) throw new ActionError("not_found");
      const restart = current.frequency === "NONE" && frequency !== "NONE";
      await tx.savedSearch.update({
        where: { id: savedSearchId },
        data: { frequency, ...(restart ? { alertedUntil: new Date() } : {}) },
      });
    });
    return { savedSearchId, frequency };
  },
});
