// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { COMPANY_COUNTRIES } from "@/lib/companies/create-company-schema";
import { REGIONS } from "@/lib/geo/places";
import type { Lang } from "@/lib/i18n/localized";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { createInstitutionAction } from "@/lib/institutions/actions/create-institution";
import { createInstitutionSchema, INSTITUTION_TYPES, VERIFICATION_SCOPES } from "@/lib/institutions/schema";

export function CreateInstitutionForm() {
  const t = useTranslations("Institutions.admin");
  const tt = useTranslations("Institutions.types");
  const ts = useTranslations("Institutions.scopes");
  const tc = useTranslations("Countries");
  const tl = useTranslations("LanguageNames");
  const locale = useLocale() as Lang;
  const router = useRouter();
  const [created, setCreated] = useState<{ slug: string; email: string } | null>(null);
  const defaults = {
    name: "",
    institutionType: "CHAMBER" as const,
    country: "DE" as const,
    regionId: "",
    website: "",
    verificationScope: "MEMBERS" as const,
    adminEmail: "",
    adminLocale: locale,
  };
  const { form, submit, formError, pending } = useActionForm({
    schema: createInstitutionSchema,
    action: createInstitutionAction,
    defaultValues: defaults,
    onSuccess: (data, values) => {
      setCreated({ slug: data.slug, email: values.adminEmail });
      form.reset(defaults);
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const country = form.watch("country");
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      <div className="flex flex-col gap-2 sm:col-span-2">
        {created ? (
          <FormAlert tone="success">
            {t("created", { email: created.email })}{" "}
            <Link href={`/institutions/${created.slug}`} className="underline">
              {t("viewPage")}
            </Link>
          </FormAlert>
        ) : null}
        {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      </div>
      <TextField className="sm:col-span-2" label={t("name")} error={errors.name?.message} {...form.register("name")} />
      <SelectField
        label={t("type")}
        options={INSTITUTION_TYPES.map((v) => ({ value: v, label: tt(v) }))}
        error={errors.institutionType?.message}
        {...form.register("institutionType")}
      />
      <SelectField
        label={t("country")}
        options={COMPANY_COUNTRIES.map((c) => ({ value: c, label: tc(c) }))}
        error={errors.country?.message}
        {...form.register("country")}
      />
      <SelectField
        label={t("region")}
        placeholder={t("noRegion")}
        options={REGIONS.filter((r) => r.country === country).map((r) => ({ value: r.id, label: r[locale] }))}
        error={errors.regionId?.message}
        {...form.register("regionId")}
      />
      <TextField label={t("website")} type="url" error={errors.website?.message} {...form.register("website")} />
      <SelectField
        className="sm:col-span-2"
        label={t("scope")}
        options={VERIFICATION_SCOPES.map((v) => ({ value: v, label: ts(v) }))}
        error={errors.verificationScope?.message}
        {...form.register("verificationScope")}
      />
      <TextField
        label={t("adminEmail")}
        type="email"
        autoComplete="off"
        error={errors.adminEmail?.message}
        {...form.register("adminEmail")}
      />
      <SelectField
        label={t("adminLocale")}
        options={routing.locales.map((l) => ({ value: l, label: tl(l) }))}
        error={errors.adminLocale?.message}
        {...form.register("adminLocale")}
      />
      <div className="sm:col-span-2">
        <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
