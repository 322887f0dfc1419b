// SPDX-License-Identifier: EUPL-1.2
import { expect } from "vitest";
import { issueAuthToken } from "../../../lib/auth/auth-tokens";
import { changeEmailAction } from "../../../lib/auth/actions/change-email";
import { changePasswordAction } from "../../../lib/auth/actions/change-password";
import { requestPasswordResetAction } from "../../../lib/auth/actions/request-password-reset";
import { resendVerificationAction } from "../../../lib/auth/actions/resend-verification";
import { resetPasswordAction } from "../../../lib/auth/actions/reset-password";
import { signUpAction } from "../../../lib/auth/actions/sign-up";
import { verifyEmailAction } from "../../../lib/auth/actions/verify-email";
import { createUser, uniqueEmail } from "../support/accounts";
import { PUBLIC, row, rows, SIGNED_IN } from "./matrix";

// Account actions act on the caller's own account (or on whoever holds a mailed link), never on
// an organization: anyone may use the public ones, any signed-in user the others.
export default rows({
  signUpAction: row({
    action: signUpAction,
    input: () => ({ name: "Neu", email: uniqueEmail("new"), password: "ein langes Passwort" }),
    expect: PUBLIC,
  }),
  verifyEmailAction: row({
    action: verifyEmailAction,
    input: async (f) => {
      const user = await createUser({ verified: false });
      return { token: await issueAuthToken(f.db, user.id, "VERIFY_EMAIL", user.email) };
    },
    expect: PUBLIC,
  }),
  resendVerificationAction: row({
    action: resendVerificationAction,
    input: async () => ({ email: (await createUser({ verified: false })).email }),
    expect: PUBLIC,
  }),
  requestPasswordResetAction: row({
    action: requestPasswordResetAction,
    input: (f) => ({ email: f.users.secondEditor.email }),
    expect: PUBLIC,
  }),
  resetPasswordAction: row({
    action: resetPasswordAction,
    input: async (f) => ({
      token: await issueAuthToken(f.db, f.users.secondEditor.id, "RESET_PASSWORD", f.users.secondEditor.email),
      password: "ein ganz neues Passwort",
    }),
    expect: PUBLIC,
  }),
  changeEmailAction: row({
    action: changeEmailAction,
    input: (f) => ({ newEmail: uniqueEmail("changed"), currentPassword: f.password }),
    expect: SIGNED_IN,
    verify: async (f) => {
      const tokens = await f.db.authToken.count({ where: { userId: f.actor!.id, purpose: "CHANGE_EMAIL" } });
      expect(tokens).toBe(1);
    },
  }),
  changePasswordAction: row({
    action: changePasswordAction,
    input: (f) => ({ currentPassword: f.password, newPassword: "ein anderes langes Passwort" }),
    expect: SIGNED_IN,
    verify: async (f) => {
      const user = await f.db.user.findUniqueOrThrow({ where: { id: f.actor!.id }, select: { sessionVersion: true } });
      expect(user.sessionVersion).toBe(1);
    },
  }),
});
