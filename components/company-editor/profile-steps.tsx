// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useLocale, useTranslations } from "next-intl";
import { Controller, useWatch, type UseFormReturn } from "react-hook-form";
import {
  EMPLOYEE_BANDS,
  FOUNDED_YEAR_MIN,
  LEGAL_FORMS,
  PROFILE_COUNTRIES,
  PROFILE_LIMITS,
  SPOKEN_LANGUAGES,
  type CompanyProfile,
  type CompanyProfileInput,
} from "@/lib/companies/schema";
import { REGIONS } from "@/lib/geo/places";
import { LANGS, type Lang } from "@/lib/i18n/localized";
import { SelectField } from "@/components/forms/select-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { CertificationPicker } from "./certification-picker";
import { IndustryPicker } from "./industry-picker";

type ProfileForm = UseFormReturn<CompanyProfileInput, unknown, CompanyProfile>;

/** "čeština" → "Čeština": the names stand alone as labels. */
export function languageName(code: string, locale: string): string {
  let name = code;
  try {
    name = new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    /* unknown code: show it as is */
  }
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

export function BasicsStep({ form }: { form: ProfileForm }) {
  const t = useTranslations("CompanyEditor.fields");
  const tb = useTranslations("EmployeeBands");
  const errors = form.formState.errors;
  const country = useWatch({ control: form.control, name: "country" });
  const legalForms =
    country === "DE" || country === "CZ" ? LEGAL_FORMS[country] : [...LEGAL_FORMS.DE, ...LEGAL_FORMS.CZ];
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        className="sm:col-span-2"
        label={t("name")}
        autoComplete="organization"
        maxLength={PROFILE_LIMITS.name}
        error={errors.name?.message}
        {...form.register("name")}
      />
      <TextField
        label={t("legalForm")}
        list="legal-forms"
        maxLength={PROFILE_LIMITS.legalForm}
        hint={t("legalFormHint")}
        error={errors.legalForm?.message}
        {...form.register("legalForm")}
      />
      <datalist id="legal-forms">
        {legalForms.map((f) => (
          <option key={f} value={f} />
        ))}
      </datalist>
      <TextField
        label={t("foundedYear")}
        type="number"
        inputMode="numeric"
        min={FOUNDED_YEAR_MIN}
        max={new Date().getFullYear()}
        error={errors.foundedYear?.message}
        {...form.register("foundedYear")}
      />
      <SelectField
        label={t("employees")}
        placeholder={t("notSpecified")}
        options={EMPLOYEE_BANDS.map((b) => ({ value: b, label: tb(b) }))}
        error={errors.employees?.message}
        {...form.register("employees")}
      />
      <div className="hidden sm:block" />
      <TextField
        label={t("ico")}
        inputMode="numeric"
        autoComplete="off"
        maxLength={20}
        hint={t("icoHint")}
        error={errors.ico?.message}
        {...form.register("ico")}
      />
      <TextField
        label={t("vatId")}
        autoComplete="off"
        maxLength={20}
        hint={t("vatIdHint")}
        error={errors.vatId?.message}
        {...form.register("vatId")}
      />
    </div>
  );
}

export function LocationStep({ form }: { form: ProfileForm }) {
  const t = useTranslations("CompanyEditor.fields");
  const tc = useTranslations("Countries");
  const locale = useLocale() as Lang;
  const errors = form.formState.errors;
  const country = useWatch({ control: form.control, name: "country" });
  const regions = REGIONS.filter((r) => r.country === country);
  const countryField = form.register("country", {
    // A Saxon district makes no sense for a Czech address; the choice starts over.
    onChange: () => form.setValue("regionId", "", { shouldDirty: true }),
  });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField
        label={t("country")}
        options={PROFILE_COUNTRIES.map((c) => ({ value: c, label: tc(c) }))}
        error={errors.country?.message}
        {...countryField}
      />
      {regions.length ? (
        <SelectField
          label={t("region")}
          placeholder={t("notSpecified")}
          options={regions.map((r) => ({ value: r.id, label: r[locale] }))}
          error={errors.regionId?.message}
          {...form.register("regionId")}
        />
      ) : (
        <div className="hidden sm:block" />
      )}
      <TextField
        label={t("city")}
        autoComplete="address-level2"
        maxLength={PROFILE_LIMITS.city}
        error={errors.city?.message}
        {...form.register("city")}
      />
      <TextField
        label={t("postalCode")}
        autoComplete="postal-code"
        maxLength={PROFILE_LIMITS.postalCode}
        error={errors.postalCode?.message}
        {...form.register("postalCode")}
      />
      <TextField
        className="sm:col-span-2"
        label={t("street")}
        autoComplete="street-address"
        maxLength={PROFILE_LIMITS.street}
        error={errors.street?.message}
        {...form.register("street")}
      />
      <TextField
        label={t("website")}
        type="url"
        inputMode="url"
        placeholder="https://"
        maxLength={PROFILE_LIMITS.website}
        error={errors.website?.message}
        {...form.register("website")}
      />
      <TextField
        label={t("email")}
        type="email"
        maxLength={PROFILE_LIMITS.email}
        error={errors.email?.message}
        {...form.register("email")}
      />
      <TextField
        label={t("phone")}
        type="tel"
        maxLength={PROFILE_LIMITS.phone}
        error={errors.phone?.message}
        {...form.register("phone")}
      />
      <p className="text-sm text-slate-600 sm:col-span-2">{t("contactHint")}</p>
    </div>
  );
}

export function IndustriesStep({ form }: { form: ProfileForm }) {
  const t = useTranslations("CompanyEditor.fields");
  const locale = useLocale();
  const errors = form.formState.errors;
  const chosen = useWatch({ control: form.control, name: "languages" }) ?? [];
  // Languages from an import that are not among the checkboxes stay visible and removable.
  const languages = [
    ...SPOKEN_LANGUAGES,
    ...chosen.filter((l) => !(SPOKEN_LANGUAGES as readonly string[]).includes(l)),
  ];
  return (
    <div className="flex flex-col gap-8">
      <Controller
        control={form.control}
        name="industries"
        render={({ field, fieldState }) => (
          <IndustryPicker
            label={t("industries")}
            value={field.value}
            onChange={field.onChange}
            max={PROFILE_LIMITS.industries}
            error={fieldState.error?.message ?? fieldState.error?.root?.message}
          />
        )}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-slate-800">{t("languages")}</legend>
        <div className="grid grid-cols-2 gap-1 sm:grid-cols-4">
          {languages.map((code) => (
            <label key={code} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={code} {...form.register("languages")} />
              {languageName(code, locale)}
            </label>
          ))}
        </div>
        {errors.languages ? <p className="text-sm text-red-700">{errors.languages.message}</p> : null}
      </fieldset>
      <Controller
        control={form.control}
        name="certifications"
        render={({ field, fieldState }) => (
          <CertificationPicker value={field.value} onChange={field.onChange} error={fieldState.error?.message} />
        )}
      />
    </div>
  );
}

export function DescriptionsStep({ form }: { form: ProfileForm }) {
  const t = useTranslations("CompanyEditor.fields");
  const tl = useTranslations("LanguageNames");
  const locale = useLocale() as Lang;
  const errors = form.formState.errors.description;
  const texts = useWatch({ control: form.control, name: "description" });
  // The author's own language first; the others are optional.
  const order = [locale, ...LANGS.filter((l) => l !== locale)];
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">{t("descriptionIntro")}</p>
      {errors?.message ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {errors.message}
        </p>
      ) : null}
      {order.map((lang) => (
        <TextareaField
          key={lang}
          lang={lang}
          label={t("descriptionIn", { language: tl(lang) })}
          maxLength={PROFILE_LIMITS.description}
          rows={7}
          hint={t("characters", { count: texts?.[lang]?.length ?? 0, max: PROFILE_LIMITS.description })}
          error={errors?.[lang]?.message}
          {...form.register(`description.${lang}`)}
        />
      ))}
    </div>
  );
}
