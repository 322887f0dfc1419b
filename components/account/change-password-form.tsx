// SPDX-License-Identifier: EUPL-1.2
"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { changePasswordAction } from "@/lib/auth/actions/change-password";
import { changePasswordSchema, PASSWORD_MIN } from "@/lib/auth/schema";
import { useRouter } from "@/lib/i18n/navigation";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";

export function ChangePasswordForm() {
  const t = useTranslations("Auth.fields");
  const ts = useTranslations("Account.settings");
  const router = useRouter();
  const [changed, setChanged] = useState(false);
  const { form, submit, formError, pending } = useActionForm({
    schema: changePasswordSchema,
    action: changePasswordAction,
    defaultValues: { currentPassword: "", newPassword: "" },
    onSuccess: async (data, values) => {
      // The change ended every session, this one too; sign straight back in with the new password.
      const res = await signIn("credentials", { email: data.email, password: values.newPassword, redirect: false });
      if (!res?.ok || res.error) {
        router.push({ pathname: "/sign-in", query: { notice: "password-changed" } });
        return;
      }
      setChanged(true);
      form.reset();
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {changed ? <FormAlert tone="success">{ts("passwordChanged")}</FormAlert> : null}
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <TextField
        label={t("currentPassword")}
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...form.register("currentPassword")}
      />
      <TextField
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint", { min: PASSWORD_MIN })}
        error={errors.newPassword?.message}
        {...form.register("newPassword")}
      />
      <div>
        <SubmitButton pending={pending}>{ts("passwordSubmit")}</SubmitButton>
      </div>
    </form>
  );
}
