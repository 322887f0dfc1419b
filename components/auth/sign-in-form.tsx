// SPDX-License-Identifier: EUPL-1.2
"use client";

import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { resendVerificationAction } from "@/lib/auth/actions/resend-verification";
import { signInSchema } from "@/lib/auth/schema";
import { safeReturnPath } from "@/lib/security/return-path";
import { Link } from "@/lib/i18n/navigation";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/actions/safe-action";

type Failure = { kind: "invalid" | "unverified" | "error" } | { kind: "rate_limited"; minutes: number };

/** next-auth reports a failed sign-in as an error code in a URL; see lib/auth/options.ts. */
function failureFrom(code: string | null | undefined): Failure {
  if (code === "unverified") return { kind: "unverified" };
  if (code?.startsWith("rate_limited")) {
    const seconds = Number(code.split(":")[1]) || 60;
    return { kind: "rate_limited", minutes: Math.max(1, Math.ceil(seconds / 60)) };
  }
  if (code === "invalid" || code === "CredentialsSignin") return { kind: "invalid" };
  return { kind: "error" };
}

async function signInWithCredentials(input: { email: string; password: string }): Promise<ActionResult<null> & { failure?: Failure }> {
  const res = await signIn("credentials", { ...input, redirect: false });
  if (res?.ok && !res.error) return { ok: true, data: null };
  return { ok: false, code: "unauthorized", fieldErrors: {}, formError: null, failure: failureFrom(res?.error) };
}

export function SignInForm({ callbackUrl, notice }: { callbackUrl?: string; notice?: string }) {
  const t = useTranslations("Auth");
  const te = useTranslations("ActionErrors");
  const locale = useLocale();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [resent, setResent] = useState(false);
  const { form, submit, pending } = useActionForm({
    schema: signInSchema,
    defaultValues: { email: "", password: "" },
    action: async (input) => {
      setFailure(null);
      const result = await signInWithCredentials(input);
      if (!result.ok) setFailure(result.failure ?? { kind: "error" });
      return result;
    },
    onSuccess: () => {
      // A full navigation, so every server component renders with the new session cookie.
      // Checked again here: this is where a crafted callback would leave the portal.
      window.location.assign(safeReturnPath(callbackUrl) ?? `/${locale}/account`);
    },
  });
  const errors = form.formState.errors;

  const resend = async () => {
    const result = await resendVerificationAction({ email: form.getValues("email") });
    if (result.ok) setResent(true);
    else setFailure({ kind: "error" });
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {notice && !failure ? <FormAlert tone="info">{notice}</FormAlert> : null}
      {failure ? (
        <FormAlert tone="error">
          {failure.kind === "invalid" && t("signIn.invalid")}
          {failure.kind === "rate_limited" && t("signIn.rateLimited", { minutes: failure.minutes })}
          {failure.kind === "error" && te("unexpected")}
          {failure.kind === "unverified" && (
            <>
              {t("signIn.unverified")}{" "}
              {resent ? (
                <strong>{t("signIn.resent")}</strong>
              ) : (
                <button type="button" onClick={resend} className="font-medium underline">
                  {t("signIn.resend")}
                </button>
              )}
            </>
          )}
        </FormAlert>
      ) : null}
      <TextField
        label={t("fields.email")}
        type="email"
        autoComplete="email"
        error={errors.email?.message}
        {...form.register("email")}
      />
      <TextField
        label={t("fields.password")}
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...form.register("password")}
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SubmitButton pending={pending}>{t("signIn.submit")}</SubmitButton>
        <Link href="/forgot-password" className="text-sm text-brand-700 underline">
          {t("signIn.forgotPassword")}
        </Link>
      </div>
    </form>
  );
}
