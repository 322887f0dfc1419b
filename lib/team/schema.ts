// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";
import { locales } from "../i18n/routing";
import { emailField } from "../auth/schema";

const id = z.string().min(1).max(64);

/** Roles an owner can hand out; which of them fit depends on the kind of organization. */
export const ASSIGNABLE_ROLES = ["OWNER", "EDITOR", "INSTITUTION_ADMIN", "INSTITUTION_STAFF"] as const;

export const inviteMemberSchema = z.object({
  organizationId: id,
  email: emailField,
  role: z.enum(ASSIGNABLE_ROLES),
  /** Language of the invitation mail; the invitee may not have an account yet. */
  locale: z.enum(locales),
});

export const acceptInvitationSchema = z.object({ token: z.string().min(20).max(200) });

export const changeMemberRoleSchema = z.object({
  organizationId: id,
  userId: id,
  role: z.enum(ASSIGNABLE_ROLES),
});

export const removeMemberSchema = z.object({ organizationId: id, userId: id });

export const revokeInvitationSchema = z.object({ invitationId: id });

export type InviteMemberInput = z.input<typeof inviteMemberSchema>;
