// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { deleteCompanyAction } from "@/lib/companies/actions/delete-company";
import { deleteCompanySchema } from "@/lib/companies/schema";
import { useRouter } from "@/lib/i18n/navigation";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";

/** Deleting asks for the company's name, typed out, instead of a yes/no click. */
export function DeleteCompanyForm({ organizationId, name }: { organizationId: string; name: string }) {
  const t = useTranslations("CompanyEditor.delete");
  const router = useRouter();
  const { form, submit, formError, pending } = useActionForm({
    schema: deleteCompanySchema,
    action: deleteCompanyAction,
    defaultValues: { organizationId, confirmName: "" },
    onSuccess: () => {
      router.push("/account");
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">{t("warning")}</p>
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <TextField
        label={t("confirmLabel", { name })}
        autoComplete="off"
        error={form.formState.errors.confirmName?.message}
        {...form.register("confirmName")}
      />
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60"
        >
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
