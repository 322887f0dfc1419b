// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { registerForEventAction } from "@/lib/events/actions/register-for-event";
import { EVENT_LANGUAGES, registerForEventSchema } from "@/lib/events/schema";
import { useRouter } from "@/lib/i18n/navigation";
import { TextareaField } from "@/components/forms/textarea-field";
import { Checkbox, CheckboxGroup } from "./form-fields";

interface CompanyChoice {
  id: string;
  name: string;
  city: string | null;
  country: string;
  languages: string[];
  published: boolean;
}

type Language = (typeof EVENT_LANGUAGES)[number];
const isLanguage = (l: string): l is Language => (EVENT_LANGUAGES as readonly string[]).includes(l);

/** One click registers the company from its stored profile; the rest is optional detail for this event. */
export function RegistrationForm(props: { eventId: string; defaultName: string; eventLanguages: string[]; companies: CompanyChoice[] }) {
  const t = useTranslations("Registration");
  const tl = useTranslations("LanguageNames");
  const tc = useTranslations("Countries");
  const locale = useLocale();
  const router = useRouter();
  const first = props.companies[0];
  const known = first.languages.filter(isLanguage);
  const { form, submit, formError, pending } = useActionForm({
    schema: registerForEventSchema,
    action: registerForEventAction,
    defaultValues: {
      eventId: props.eventId,
      organizationId: first.id,
      participantName: props.defaultName,
      colleagues: "",
      languages: known.length ? known : [isLanguage(locale) ? locale : "de"],
      note: "",
      lookingFor: "",
      listed: false,
    },
    onSuccess: () => router.refresh(),
  });
  const errors = form.formState.errors;
  const chosen = props.companies.find((c) => c.id === form.watch("organizationId")) ?? first;
  const countryName = (code: string) => (["DE", "CZ", "PL", "AT", "SK"].includes(code) ? tc(code as "DE") : code);

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      {props.companies.length > 1 ? (
        <SelectField
          label={t("company")}
          options={props.companies.map((c) => ({ value: c.id, label: c.name }))}
          error={errors.organizationId?.message}
          {...form.register("organizationId")}
        />
      ) : null}
      <div className="rounded-md bg-slate-50 px-4 py-3 text-sm ring-1 ring-slate-200">
        <p className="font-medium">{chosen.name}</p>
        <p className="text-slate-600">{[chosen.city, countryName(chosen.country)].filter(Boolean).join(", ")}</p>
        {!chosen.published ? <p className="mt-1 text-amber-800">{t("draftProfileHint")}</p> : null}
      </div>
      <TextField label={t("participantName")} autoComplete="name" error={errors.participantName?.message} {...form.register("participantName")} />
      <CheckboxGroup legend={t("languages")} error={errors.languages?.message}>
        {EVENT_LANGUAGES.map((l) => (
          <Checkbox key={l} label={tl(l)} value={l} {...form.register("languages")} />
        ))}
      </CheckboxGroup>
      <TextareaField
        rows={2}
        label={t("form.colleagues")}
        hint={t("form.colleaguesHint")}
        error={errors.colleagues?.message}
        {...form.register("colleagues")}
      />
      <TextareaField rows={3} label={t("note")} hint={t("noteHint")} error={errors.note?.message} {...form.register("note")} />
      <TextareaField rows={3} label={t("lookingFor")} hint={t("lookingForHint")} error={errors.lookingFor?.message} {...form.register("lookingFor")} />
      <Checkbox label={t("listed")} {...form.register("listed")} />
      <div>
        <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
