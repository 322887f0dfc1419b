// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { createCompanyAction } from "@/lib/companies/actions/create-company";
import { COMPANY_COUNTRIES, createCompanySchema } from "@/lib/companies/create-company-schema";
import { useRouter } from "@/lib/i18n/navigation";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";

export function CreateCompanyForm() {
  const t = useTranslations("Account.createCompany");
  const tc = useTranslations("Countries");
  const router = useRouter();
  const { form, submit, formError, pending } = useActionForm({
    schema: createCompanySchema,
    action: createCompanyAction,
    defaultValues: { name: "", country: undefined },
    // The profile is what a new owner fills in next, so the editor opens on the new company.
    onSuccess: (organization) => {
      router.push({ pathname: "/account/company", query: { org: organization.id, created: "1" } });
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <TextField label={t("name")} autoComplete="organization" error={errors.name?.message} {...form.register("name")} />
      <SelectField
        label={t("country")}
        placeholder={t("choose")}
        options={COMPANY_COUNTRIES.map((c) => ({ value: c, label: tc(c) }))}
        error={errors.country?.message}
        {...form.register("country")}
      />
      <div>
        <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
