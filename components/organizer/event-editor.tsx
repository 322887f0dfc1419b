// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, type UseFormRegisterReturn } from "react-hook-form";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextareaField } from "@/components/forms/textarea-field";
import { Checkbox, CheckboxGroup } from "@/components/events/form-fields";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { createEventAction } from "@/lib/events/actions/create-event";
import { updateEventAction } from "@/lib/events/actions/update-event";
import { nextMeetingWindow } from "@/lib/events/editor-defaults";
import {
  EVENT_COUNTRIES,
  EVENT_LANGUAGES,
  EVENT_TYPES,
  MAX_AGENDA_ITEMS,
  MAX_MEETING_WINDOWS,
  eventEditorSchema,
  updateEventSchema,
} from "@/lib/events/schema";
import { useRouter } from "@/lib/i18n/navigation";
import type { z } from "zod";

type Values = z.input<typeof updateEventSchema>;

const LANGS = ["De", "Cs", "En"] as const;
const LANG_CODE = { De: "de", Cs: "cs", En: "en" } as const;

// Empty number inputs mean "not set", not zero.
const asNumber = { setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? undefined : Number(v)) };

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card as="fieldset" className="flex flex-col gap-4">
      <legend className="px-1 text-lg font-semibold">{title}</legend>
      {children}
    </Card>
  );
}

/**
 * Creates or edits an event. The same zod schema checks the input here and in the server
 * action; times are wall-clock times in Saxony and Bohemia, whatever the browser's zone.
 */
export function EventEditor(props: {
  mode: "create" | "edit";
  organizers: { id: string; name: string }[];
  defaultValues: Values;
}) {
  const t = useTranslations("EventEditor");
  const tl = useTranslations("LanguageNames");
  const tc = useTranslations("Countries");
  const tt = useTranslations("Events.types");
  const router = useRouter();
  // The create schema simply drops the eventId the edit schema requires.
  const { form, submit, formError, pending } = useActionForm({
    schema: (props.mode === "create" ? eventEditorSchema : updateEventSchema) as typeof updateEventSchema,
    action: (props.mode === "create" ? createEventAction : updateEventAction) as typeof updateEventAction,
    defaultValues: props.defaultValues,
    onSuccess: (data) => router.push(`/organizer/events/${data.id}`),
  });
  const errors = form.formState.errors;
  const windows = useFieldArray({ control: form.control, name: "meetingWindows" });
  const agenda = useFieldArray({ control: form.control, name: "agenda" });
  const meetingsEnabled = form.watch("meetingsEnabled");
  const startsAt = form.watch("startsAt");
  const field = (name: Parameters<typeof form.register>[0]): UseFormRegisterReturn => form.register(name);

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-6">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}

      <Section title={t("sections.basics")}>
        {props.mode === "create" && props.organizers.length > 1 ? (
          <SelectField
            label={t("organizer")}
            options={props.organizers.map((o) => ({ value: o.id, label: o.name }))}
            error={errors.organizerId?.message}
            {...field("organizerId")}
          />
        ) : null}
        <SelectField
          label={t("type")}
          options={EVENT_TYPES.map((type) => ({ value: type, label: tt(type) }))}
          error={errors.type?.message}
          {...field("type")}
        />
        <p className="text-sm text-slate-600">{t("languagesHint")}</p>
        {LANGS.map((l) => (
          <TextField
            key={`title${l}`}
            label={t("title", { language: tl(LANG_CODE[l]) })}
            lang={LANG_CODE[l]}
            error={errors[`title${l}`]?.message}
            {...field(`title${l}`)}
          />
        ))}
        {LANGS.map((l) => (
          <TextareaField
            key={`description${l}`}
            label={t("description", { language: tl(LANG_CODE[l]) })}
            lang={LANG_CODE[l]}
            rows={5}
            error={errors[`description${l}`]?.message}
            {...field(`description${l}`)}
          />
        ))}
      </Section>

      <Section title={t("sections.timePlace")}>
        <p className="text-sm text-slate-600">{t("timeZoneHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField type="datetime-local" label={t("startsAt")} error={errors.startsAt?.message} {...field("startsAt")} />
          <TextField type="datetime-local" label={t("endsAt")} error={errors.endsAt?.message} {...field("endsAt")} />
        </div>
        <TextField label={t("venueName")} error={errors.venueName?.message} {...field("venueName")} />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField label={t("address")} className="sm:col-span-3" error={errors.address?.message} {...field("address")} />
          <TextField label={t("city")} error={errors.city?.message} {...field("city")} />
          <SelectField
            label={t("country")}
            placeholder={t("choose")}
            options={EVENT_COUNTRIES.map((c) => ({ value: c, label: tc(c) }))}
            error={errors.country?.message}
            {...field("country")}
          />
        </div>
        <TextField type="url" label={t("onlineUrl")} hint={t("onlineUrlHint")} error={errors.onlineUrl?.message} {...field("onlineUrl")} />
      </Section>

      <Section title={t("sections.participation")}>
        <CheckboxGroup legend={t("eventLanguages")} error={errors.languages?.message}>
          {EVENT_LANGUAGES.map((l) => (
            <Checkbox key={l} label={tl(l)} value={l} {...field("languages")} />
          ))}
        </CheckboxGroup>
        <TextField type="number" min={1} label={t("capacity")} error={errors.capacity?.message} {...form.register("capacity", asNumber)} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            type="datetime-local"
            label={t("registrationOpensAt")}
            hint={t("optional")}
            error={errors.registrationOpensAt?.message}
            {...field("registrationOpensAt")}
          />
          <TextField
            type="datetime-local"
            label={t("registrationClosesAt")}
            hint={t("registrationClosesHint")}
            error={errors.registrationClosesAt?.message}
            {...field("registrationClosesAt")}
          />
        </div>
        <Checkbox label={t("approvalRequired")} {...field("approvalRequired")} />
      </Section>

      <Section title={t("sections.meetings")}>
        <Checkbox label={t("meetingsEnabled")} {...field("meetingsEnabled")} />
        {meetingsEnabled ? (
          <>
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                type="number"
                min={5}
                label={t("meetingMinutes")}
                error={errors.meetingMinutes?.message}
                {...form.register("meetingMinutes", asNumber)}
              />
              <TextField
                type="number"
                min={1}
                label={t("tableCount")}
                error={errors.tableCount?.message}
                {...form.register("tableCount", asNumber)}
              />
            </div>
            <h3 className="font-medium">{t("meetingWindows")}</h3>
            {errors.meetingWindows?.message ? <p className="text-sm text-red-700">{errors.meetingWindows.message}</p> : null}
            {windows.fields.map((w, i) => (
              <div key={w.id} className="flex flex-wrap items-end gap-3">
                <TextField
                  type="datetime-local"
                  label={t("windowStart", { n: i + 1 })}
                  error={errors.meetingWindows?.[i]?.startsAt?.message}
                  {...field(`meetingWindows.${i}.startsAt`)}
                />
                <TextField
                  type="datetime-local"
                  label={t("windowEnd", { n: i + 1 })}
                  error={errors.meetingWindows?.[i]?.endsAt?.message}
                  {...field(`meetingWindows.${i}.endsAt`)}
                />
                <button type="button" onClick={() => windows.remove(i)} className="mb-2 text-sm text-red-700 underline">
                  {t("remove")}
                </button>
              </div>
            ))}
            {windows.fields.length < MAX_MEETING_WINDOWS ? (
              <Button
                variant="secondary"
                type="button"
                onClick={() =>
                  windows.append(nextMeetingWindow(form.getValues(), form.getValues("meetingWindows") ?? []))
                }
                className="self-start"
              >
                {t("addWindow")}
              </Button>
            ) : null}
          </>
        ) : null}
      </Section>

      <Section title={t("sections.agenda")}>
        <p className="text-sm text-slate-600">{t("agendaHint")}</p>
        {agenda.fields.map((a, i) => (
          <div key={a.id} className="grid gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-4">
            <TextField
              type="datetime-local"
              label={t("agendaTime", { n: i + 1 })}
              error={errors.agenda?.[i]?.startsAt?.message}
              {...field(`agenda.${i}.startsAt`)}
            />
            {LANGS.map((l) => (
              <TextField
                key={l}
                label={t("agendaTitle", { n: i + 1, language: tl(LANG_CODE[l]) })}
                lang={LANG_CODE[l]}
                error={errors.agenda?.[i]?.[`title${l}`]?.message}
                {...field(`agenda.${i}.title${l}`)}
              />
            ))}
            <button type="button" onClick={() => agenda.remove(i)} className="text-left text-sm text-red-700 underline sm:col-span-4">
              {t("remove")}
            </button>
          </div>
        ))}
        {agenda.fields.length < MAX_AGENDA_ITEMS ? (
          <Button
            variant="secondary"
            type="button"
            onClick={() => agenda.append({ startsAt: startsAt ?? "", titleDe: "", titleCs: "", titleEn: "" })}
            className="self-start"
          >
            {t("addAgendaItem")}
          </Button>
        ) : null}
      </Section>

      <div>
        <SubmitButton pending={pending}>{props.mode === "create" ? t("create") : t("save")}</SubmitButton>
      </div>
    </form>
  );
}
