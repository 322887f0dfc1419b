// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { requestPasswordResetAction } from "@/lib/auth/actions/request-password-reset";
import { forgotPasswordSchema } from "@/lib/auth/schema";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";

export function ForgotPasswordForm() {
  const t = useTranslations("Auth");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, submit, formError, pending } = useActionForm({
    schema: forgotPasswordSchema,
    action: requestPasswordResetAction,
    defaultValues: { email: "" },
    onSuccess: (_data, values) => setSentTo(values.email),
  });

  if (sentTo) return <FormAlert tone="success">{t("forgot.done", { email: sentTo })}</FormAlert>;

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <TextField
        label={t("fields.email")}
        type="email"
        autoComplete="email"
        error={form.formState.errors.email?.message}
        {...form.register("email")}
      />
      <div>
        <SubmitButton pending={pending}>{t("forgot.submit")}</SubmitButton>
      </div>
    </form>
  );
}
