// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { callbackUrlField, changePasswordSchema, signUpSchema } from "../../lib/auth/schema";
import { translateKey } from "../../lib/i18n/translator";
import { validationErrorMap } from "../../lib/validation/error-map";

const map = (locale: "de" | "cs" | "en") => validationErrorMap((key, values) => translateKey(locale, `Validation.${key}`, values));

function errors(locale: "de" | "cs" | "en", input: unknown, schema: z.ZodType = signUpSchema) {
  const result = schema.safeParse(input, { error: map(locale) });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("validation messages", () => {
  it("are translated by issue, in each language", () => {
    expect(errors("de", { name: "", email: "", password: "123" })).toEqual({
      name: "Bitte füllen Sie dieses Feld aus.",
      email: "Bitte füllen Sie dieses Feld aus.",
      password: "Bitte mindestens 10 Zeichen eingeben.",
    });
    expect(errors("cs", { name: "Jana", email: "jana@", password: "x".repeat(201) })).toEqual({
      email: "Zadejte prosím platnou e-mailovou adresu.",
      password: "Zadejte prosím nejvýše 200 znaků.",
    });
    expect(errors("en", {})).toEqual({
      name: "Please fill in this field.",
      email: "Please fill in this field.",
      password: "Please fill in this field.",
    });
  });

  it("name refinements by message key", () => {
    const same = { currentPassword: "ein langes Passwort", newPassword: "ein langes Passwort" };
    expect(errors("en", same, changePasswordSchema)).toEqual({ newPassword: "The new password must differ from the current one." });
  });

  it("normalizes addresses", () => {
    expect(signUpSchema.parse({ name: " Jana ", email: " Jana@Example.CZ ", password: "x".repeat(10) })).toMatchObject({
      name: "Jana",
      email: "jana@example.cz",
    });
  });
});

describe("callbackUrl", () => {
  it.each([
    ["/cs/account/team?org=1", "/cs/account/team?org=1"],
    ["https://evil.example/", undefined],
    ["//evil.example/", undefined],
    ["/\\evil.example", undefined],
    ["javascript:alert(1)", undefined],
    [undefined, undefined],
  ])("%s → %s", (input, expected) => {
    expect(callbackUrlField.parse(input)).toBe(expected);
  });
});
