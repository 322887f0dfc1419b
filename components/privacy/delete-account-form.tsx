// SPDX-License-Identifier: EUPL-1.2
"use client";

import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { deleteAccountAction } from "@/lib/privacy/actions/delete-account";
import { deleteAccountSchema } from "@/lib/privacy/schema";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";

/** Deletes the account after the password and an explicit tick; then signs out on this device. */
export function DeleteAccountForm({ blocked }: { blocked: boolean }) {
  const t = useTranslations("Privacy.deleteAccount");
  const locale = useLocale();
  const [understood, setUnderstood] = useState(false);
  const { form, submit, formError, pending } = useActionForm({
    schema: deleteAccountSchema,
    action: deleteAccountAction,
    defaultValues: { password: "" },
    onSuccess: () => signOut({ callbackUrl: `/${locale}` }),
  });
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <TextField
        label={t("password")}
        type="password"
        autoComplete="current-password"
        error={form.formState.errors.password?.message}
        {...form.register("password")}
      />
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1"
          checked={understood}
          onChange={(e) => setUnderstood(e.target.checked)}
        />
        {t("understand")}
      </label>
      <div>
        <button
          type="submit"
          disabled={pending || !understood || blocked}
          className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60"
        >
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
