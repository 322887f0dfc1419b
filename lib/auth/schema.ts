// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";
import { validationMessage } from "../validation/error-map";
import { safeReturnPath } from "../security/return-path";

/**
 * Shared by the forms (react-hook-form's zodResolver) and the server actions, so both reject
 * the same input with the same localized messages (see lib/validation/error-map.ts).
 */
export const PASSWORD_MIN = 10;
// argon2 hashes any length, but an unbounded field invites multi-megabyte request bodies.
export const PASSWORD_MAX = 200;

export const emailField = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const newPasswordField = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);
const currentPasswordField = z.string().min(1).max(PASSWORD_MAX);
const tokenField = z.string().min(20).max(200);

/** A page of this portal to continue to after signing in; anything else is dropped, not refused. */
export const callbackUrlField = z
  .string()
  .max(2000)
  .optional()
  .transform((v) => safeReturnPath(v));

export const signInSchema = z.object({
  email: emailField,
  password: currentPasswordField,
});

export const signUpSchema = z.object({
  name: z.string().trim().min(1).max(100),
  email: emailField,
  password: newPasswordField,
  callbackUrl: callbackUrlField,
});

export const verifyEmailSchema = z.object({ token: tokenField });

export const resendVerificationSchema = z.object({ email: emailField });

export const forgotPasswordSchema = z.object({ email: emailField });

export const resetPasswordSchema = z.object({ token: tokenField, password: newPasswordField });

export const changeEmailSchema = z.object({
  newEmail: emailField,
  currentPassword: currentPasswordField,
});

export const changePasswordSchema = z
  .object({ currentPassword: currentPasswordField, newPassword: newPasswordField })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ["newPassword"],
    ...validationMessage("passwordUnchanged"),
  });

export type SignInInput = z.input<typeof signInSchema>;
export type SignUpInput = z.input<typeof signUpSchema>;
