// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useLocale, useTranslations } from "next-intl";
import { Controller, useWatch } from "react-hook-form";
import { Card } from "@/components/ui/card";
import { createListingAction } from "@/lib/listings/actions/create-listing";
import { updateListingAction } from "@/lib/listings/actions/update-listing";
import {
  LISTING_CATEGORIES,
  LISTING_KINDS,
  LISTING_LIMITS,
  listingFormSchema,
  todayInPortalZone,
  type ListingFormInput,
} from "@/lib/listings/schema";
import { LANGS, type Lang } from "@/lib/i18n/localized";
import { useRouter } from "@/lib/i18n/navigation";
import { IndustryPicker } from "@/components/company-editor/industry-picker";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";

type Target = { mode: "create"; organizationId: string } | { mode: "edit"; listingId: string; organizationId: string };

/** Creates or edits an offer or request; titles and texts in any of the three languages. */
export function ListingForm({ target, defaults }: { target: Target; defaults: ListingFormInput }) {
  const t = useTranslations("Listings");
  const tl = useTranslations("LanguageNames");
  const locale = useLocale() as Lang;
  const router = useRouter();
  const { form, submit, formError, pending } = useActionForm({
    schema: listingFormSchema,
    action: (values: ListingFormInput) =>
      target.mode === "create"
        ? createListingAction({ ...values, organizationId: target.organizationId })
        : updateListingAction({ ...values, listingId: target.listingId }),
    defaultValues: defaults,
    onSuccess: () => {
      router.push({ pathname: "/account/company/listings", query: { org: target.organizationId, saved: "1" } });
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const kind = useWatch({ control: form.control, name: "kind" });
  const order = [locale, ...LANGS.filter((l) => l !== locale)];

  return (
    <Card as="form" onSubmit={submit} noValidate className="flex flex-col gap-6">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-slate-800">{t("fields.kind")}</legend>
        <div className="flex flex-wrap gap-4">
          {LISTING_KINDS.map((k) => (
            <label key={k} className="flex items-center gap-2">
              <input type="radio" value={k} {...form.register("kind")} />
              {t(`kinds.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {kind === "OFFER" ? (
        <SelectField
          label={t("fields.category")}
          placeholder={t("fields.choose")}
          options={LISTING_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
          error={errors.category?.message}
          className="max-w-sm"
          {...form.register("category")}
        />
      ) : null}

      <div className="flex flex-col gap-2">
        <p className="text-sm text-slate-600">{t("fields.languagesIntro")}</p>
        {errors.title?.message ? (
          <p role="alert" className="text-sm font-medium text-red-700">
            {errors.title.message}
          </p>
        ) : null}
      </div>
      {order.map((lang) => (
        <fieldset key={lang} lang={lang} className="flex flex-col gap-3 rounded-md border border-slate-200 p-4">
          <legend className="px-1 text-sm font-semibold text-slate-800">{tl(lang)}</legend>
          <TextField
            label={t("fields.title", { language: tl(lang) })}
            maxLength={LISTING_LIMITS.title}
            error={errors.title?.[lang]?.message}
            {...form.register(`title.${lang}`)}
          />
          <TextareaField
            label={t("fields.description", { language: tl(lang) })}
            maxLength={LISTING_LIMITS.description}
            rows={4}
            error={errors.description?.[lang]?.message}
            {...form.register(`description.${lang}`)}
          />
        </fieldset>
      ))}

      <Controller
        control={form.control}
        name="industries"
        render={({ field, fieldState }) => (
          <IndustryPicker
            label={t("fields.industries")}
            value={field.value}
            onChange={field.onChange}
            max={LISTING_LIMITS.industries}
            error={fieldState.error?.message}
          />
        )}
      />
      <TextField
        className="max-w-xs"
        type="date"
        label={t("fields.validUntil")}
        min={todayInPortalZone()}
        hint={t("fields.validUntilHint")}
        error={errors.validUntil?.message}
        {...form.register("validUntil")}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending}>{target.mode === "create" ? t("create") : t("save")}</SubmitButton>
      </div>
    </Card>
  );
}
