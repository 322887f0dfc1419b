// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { signUpAction } from "@/lib/auth/actions/sign-up";
import { PASSWORD_MIN, signUpSchema } from "@/lib/auth/schema";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Link } from "@/lib/i18n/navigation";

export function SignUpForm({ callbackUrl, email }: { callbackUrl?: string; email?: string }) {
  const t = useTranslations("Auth");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, submit, formError, pending } = useActionForm({
    schema: signUpSchema,
    action: signUpAction,
    defaultValues: { name: "", email: email ?? "", password: "", callbackUrl },
    onSuccess: (_data, values) => setSentTo(values.email),
  });
  const errors = form.formState.errors;

  if (sentTo) {
    return (
      <div className="flex flex-col gap-3">
        <h2 className="text-xl font-semibold">{t("signUp.doneTitle")}</h2>
        <FormAlert tone="success">{t("signUp.doneText", { email: sentTo })}</FormAlert>
        <p className="text-sm text-slate-600">{t("signUp.doneHint")}</p>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <TextField label={t("fields.name")} autoComplete="name" error={errors.name?.message} {...form.register("name")} />
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
        autoComplete="new-password"
        hint={t("fields.passwordHint", { min: PASSWORD_MIN })}
        error={errors.password?.message}
        {...form.register("password")}
      />
      <p className="text-sm text-slate-600">
        {t.rich("signUp.privacyNotice", {
          policy: (chunks) => (
            <Link href="/privacy" className="font-medium text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <div>
        <SubmitButton pending={pending}>{t("signUp.submit")}</SubmitButton>
      </div>
    </form>
  );
}
