// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { changeEmailAction } from "@/lib/auth/actions/change-email";
import { changeEmailSchema } from "@/lib/auth/schema";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";

export function ChangeEmailForm() {
  const t = useTranslations("Auth.fields");
  const ts = useTranslations("Account.settings");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, submit, formError, pending } = useActionForm({
    schema: changeEmailSchema,
    action: changeEmailAction,
    defaultValues: { newEmail: "", currentPassword: "" },
    onSuccess: (data) => {
      setSentTo(data.pendingEmail);
      form.reset();
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {sentTo ? <FormAlert tone="success">{ts("emailSent", { email: sentTo })}</FormAlert> : null}
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <TextField
        label={t("newEmail")}
        type="email"
        autoComplete="email"
        error={errors.newEmail?.message}
        {...form.register("newEmail")}
      />
      <TextField
        label={t("currentPassword")}
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...form.register("currentPassword")}
      />
      <div>
        <SubmitButton pending={pending}>{ts("emailSubmit")}</SubmitButton>
      </div>
    </form>
  );
}
