// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { resetPasswordAction } from "@/lib/auth/actions/reset-password";
import { PASSWORD_MIN, resetPasswordSchema } from "@/lib/auth/schema";
import { Link } from "@/lib/i18n/navigation";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("Auth");
  const [done, setDone] = useState(false);
  const { form, submit, formError, pending } = useActionForm({
    schema: resetPasswordSchema,
    action: resetPasswordAction,
    defaultValues: { token, password: "" },
    onSuccess: () => setDone(true),
  });

  if (done) {
    return (
      <div className="flex flex-col gap-4">
        <FormAlert tone="success">{t("reset.done")}</FormAlert>
        <Button href="/sign-in" className="self-start">
          {t("reset.signIn")}
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {formError ? (
        <FormAlert tone="error">
          {formError}{" "}
          <Link href="/forgot-password" className="font-medium underline">
            {t("reset.requestNew")}
          </Link>
        </FormAlert>
      ) : null}
      <TextField
        label={t("fields.newPassword")}
        type="password"
        autoComplete="new-password"
        hint={t("fields.passwordHint", { min: PASSWORD_MIN })}
        error={form.formState.errors.password?.message}
        {...form.register("password")}
      />
      <div>
        <SubmitButton pending={pending}>{t("reset.submit")}</SubmitButton>
      </div>
    </form>
  );
}
