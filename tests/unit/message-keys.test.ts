// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import type { ActionError } from "../../lib/actions/safe-action";
import { changePasswordSchema } from "../../lib/auth/schema";
import { translateKey, type MessageKey } from "../../lib/i18n/translator";
import { validationErrorMap, validationMessage } from "../../lib/validation/error-map";

/**
 * Message keys are typed against messages/de.json, so `tsc --noEmit` (which checks this file)
 * refuses a misspelt key. Each `@ts-expect-error` below fails the typecheck if the key it
 * marks were ever accepted, which is what keeps the typing honest.
 */
type ActionErrorOptions = NonNullable<ConstructorParameters<typeof ActionError>[1]>;

describe("message keys", () => {
  it("a key of the messages is translated in the caller's language", () => {
    expect(translateKey("en", "Team.errors.lastOwner")).toBe(
      "The organization needs at least one owner. Make someone else an owner first.",
    );
    expect(translateKey("cs", "Team.errors.lastOwner")).toBe(
      "Organizace potřebuje alespoň jednoho majitele. Nejprve jmenujte majitelem někoho jiného.",
    );
  });

  it("a misspelt key fails the typecheck; untyped, it would reach the user as the raw key", () => {
    // @ts-expect-error "lastOwnr" is not a message of Team.errors
    const typo: MessageKey = "Team.errors.lastOwnr";
    expect(translateKey("en", typo)).toBe("Team.errors.lastOwnr");

    // @ts-expect-error a namespace is not a message
    const namespace: MessageKey = "Team.errors";
    expect(translateKey("en", namespace)).toBe("Team.errors");
  });

  it("an ActionError takes only keys of the messages", () => {
    const valid: ActionErrorOptions = { message: "Enquiries.errors.dailyLimitTooMany", values: { limit: 3 } };
    expect(translateKey("en", valid.message!, valid.values)).toBe(
      "Your company can send enquiries to at most 3 companies within 24 hours. Please choose fewer recipients.",
    );
    // @ts-expect-error "dailyLimitToMany" is misspelt
    const misspelt: ActionErrorOptions = { message: "Enquiries.errors.dailyLimitToMany" };
    expect(misspelt.message).toBe("Enquiries.errors.dailyLimitToMany");
  });

  it("a schema's own validation message is a key of Validation", () => {
    expect(validationMessage("company.ico")).toEqual({ params: { message: "company.ico" } });
    // @ts-expect-error "company.icoo" is not a key of Validation
    expect(validationMessage("company.icoo").params.message).toBe("company.icoo");

    const map = validationErrorMap((key, values) => translateKey("en", `Validation.${key}`, values));
    const password = "correct horse battery staple";
    const parsed = changePasswordSchema.safeParse({ currentPassword: password, newPassword: password }, { error: map });
    expect(parsed.success ? null : parsed.error.issues.map((i) => i.message)).toEqual([
      "The new password must differ from the current one.",
    ]);
  });
});
