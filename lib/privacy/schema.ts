// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";
import { PASSWORD_MAX } from "../auth/schema";

/** Deleting the account asks for the password again: an unattended signed-in browser is not enough. */
export const deleteAccountSchema = z.object({ password: z.string().min(1).max(PASSWORD_MAX) });

export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
