// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";
import { CLAIM_INVITATIONS_PER_RUN, CLAIM_LIMITS } from "./constants";

const idField = z.string().min(1).max(64);

/** Staff invite the members they ticked, or every unclaimed member with an address ("all"). */
export const sendClaimInvitationsSchema = z.object({
  institutionId: idField,
  companyIds: z.array(idField).max(CLAIM_INVITATIONS_PER_RUN).default([]),
  all: z.boolean().default(false),
});

export const claimLinkSchema = z.object({ token: z.string().min(1).max(200) });

/** "This is my company" on the public profile, with an optional note for whoever reviews it. */
export const requestClaimSchema = z.object({
  companyId: idField,
  note: z
    .string()
    .trim()
    .max(CLAIM_LIMITS.note)
    .optional()
    .transform((v) => v || null),
});

const decisionFields = {
  requestId: idField,
  decision: z.enum(["approve", "reject"]),
  reason: z
    .string()
    .trim()
    .max(CLAIM_LIMITS.reason)
    .optional()
    .transform((v) => v || null),
};

/** An institution's staff decide on a claim for a company the institution lists. */
export const reviewClaimRequestSchema = z.object({ institutionId: idField, ...decisionFields });
/** Platform admins decide on claims for companies no institution lists. */
export const adminReviewClaimRequestSchema = z.object(decisionFields);

export type SendClaimInvitationsInput = z.input<typeof sendClaimInvitationsSchema>;
export type RequestClaimInput = z.input<typeof requestClaimSchema>;
export type ReviewClaimRequestInput = z.input<typeof reviewClaimRequestSchema>;
