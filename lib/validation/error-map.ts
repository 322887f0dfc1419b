// SPDX-License-Identifier: EUPL-1.2
import type { Messages, MessageKeys, NestedKeyOf } from "next-intl";
import type { z } from "zod";

/**
 * Turns zod issues into sentences from the `Validation` messages, so the form (in the browser)
 * and the server action (on the server) show the same localized text for the same schema.
 * Schemas never carry literal messages: a refinement names its message with
 * `validationMessage("<key in Validation>")`, which checks the key against the messages.
 */
export type ValidationKey = MessageKeys<Messages["Validation"], NestedKeyOf<Messages["Validation"]>>;

export type ValidationTranslate = (key: ValidationKey, values?: Record<string, string | number>) => string;

/** A refinement's message, as its `params`: `.refine(check, validationMessage("company.ico"))`. */
export function validationMessage(key: ValidationKey): { params: { message: ValidationKey } } {
  return { params: { message: key } };
}

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

export function validationErrorMap(t: ValidationTranslate): z.core.$ZodErrorMap {
  return (issue: RawIssue) => {
    const empty = issue.input === undefined || issue.input === null || issue.input === "";
    switch (issue.code) {
      case "invalid_type":
        return t(empty ? "required" : "invalid");
      case "too_small":
        if (issue.origin === "string") {
          return Number(issue.minimum) <= 1 || empty ? t("required") : t("tooShort", { min: Number(issue.minimum) });
        }
        if (issue.origin === "array" || issue.origin === "set") return t("required");
        return t("tooSmall", { min: Number(issue.minimum) });
      case "too_big":
        if (issue.origin === "string") return t("tooLong", { max: Number(issue.maximum) });
        return t("tooBig", { max: Number(issue.maximum) });
      case "invalid_format":
        if (empty) return t("required");
        if (issue.format === "email") return t("email");
        if (issue.format === "url") return t("url");
        return t("invalid");
      case "invalid_value":
        return t(empty ? "required" : "invalidChoice");
      case "custom": {
        // Written by validationMessage(), the one way a schema names a custom issue's message.
        const key = (issue.params as ReturnType<typeof validationMessage>["params"] | undefined)?.message;
        return t(key ?? "invalid");
      }
      default:
        return t("invalid");
    }
  };
}
