// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFieldArray } from "react-hook-form";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { setUnavailabilityAction } from "@/lib/matchmaking/actions/set-unavailability";
import { MAX_UNAVAILABLE_PERIODS, unavailabilitySchema } from "@/lib/matchmaking/schema";

/** Times the participant cannot meet anyone (another appointment, a talk they want to hear). */
export function UnavailabilityForm(props: { registrationId: string; eventStart: string; periods: { startsAt: string; endsAt: string }[] }) {
  const t = useTranslations("Meetings.unavailability");
  const [saved, setSaved] = useState(false);
  const { form, submit, formError, pending } = useActionForm({
    schema: unavailabilitySchema,
    action: setUnavailabilityAction,
    defaultValues: { registrationId: props.registrationId, periods: props.periods },
    onSuccess: () => setSaved(true),
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "periods" });
  const errors = form.formState.errors.periods;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3" onChange={() => setSaved(false)}>
      {saved ? <FormAlert tone="success">{t("saved")}</FormAlert> : null}
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      {fields.length === 0 ? <p className="text-sm text-slate-600">{t("none")}</p> : null}
      {fields.map((field, i) => (
        <div key={field.id} className="flex flex-wrap items-end gap-3">
          <TextField type="datetime-local" label={t("from")} error={errors?.[i]?.startsAt?.message} {...form.register(`periods.${i}.startsAt`)} />
          <TextField type="datetime-local" label={t("to")} error={errors?.[i]?.endsAt?.message} {...form.register(`periods.${i}.endsAt`)} />
          <button type="button" onClick={() => remove(i)} className="mb-2 text-sm text-red-700 underline">
            {t("remove")}
          </button>
        </div>
      ))}
      <div className="flex flex-wrap gap-3">
        {fields.length < MAX_UNAVAILABLE_PERIODS ? (
          <Button
            variant="secondary"
            type="button"
            onClick={() => append({ startsAt: props.eventStart, endsAt: props.eventStart })}
          >
            {t("add")}
          </Button>
        ) : null}
        <SubmitButton pending={pending}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
