// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { updateMatchmakingSettingsAction } from "@/lib/matchmaking/actions/update-matchmaking-settings";
import { BOOKING_MODES, MEETING_FORMATS, type MatchmakingSettingsInput } from "@/lib/matchmaking/schema";

type Values = Omit<MatchmakingSettingsInput, "eventId">;
type CountField = "maxMeetings" | "maxMeetingsBuyer" | "maxMeetingsSupplier" | "requestExpiryHours" | "pendingReminderHours";

const input = "rounded-md border border-slate-300 bg-white px-3 py-2";

/** The organizer's choices for booking, format, caps, expiry and reminders of one event. */
export function MatchmakingSettingsForm(props: { eventId: string; values: Values }) {
  const t = useTranslations("MatchmakingSettings");
  const { pending, error, run } = useActionRunner();
  const [values, setValues] = useState<Values>(props.values);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<Values>) => {
    setValues((v) => ({ ...v, ...patch }));
    setSaved(false);
  };
  const count = (field: CountField, hint?: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`mm-${field}`} className="text-sm font-medium">
        {t(field)}
      </label>
      <input
        id={`mm-${field}`}
        type="number"
        inputMode="numeric"
        min={1}
        value={values[field] ?? ""}
        onChange={(e) => set({ [field]: e.target.value === "" ? null : Number(e.target.value) })}
        aria-invalid={fieldErrors[field] ? true : undefined}
        aria-describedby={fieldErrors[field] ? `mm-${field}-error` : undefined}
        className={`${input} w-32`}
      />
      {hint ? <p className="text-xs text-slate-600">{hint}</p> : null}
      {fieldErrors[field] ? (
        <p id={`mm-${field}-error`} className="text-sm text-red-700">
          {fieldErrors[field]}
        </p>
      ) : null}
    </div>
  );
  const save = () =>
    run(async () => {
      const result = await updateMatchmakingSettingsAction({ eventId: props.eventId, ...values });
      setFieldErrors(result.ok ? {} : result.fieldErrors);
      return result;
    }, () => setSaved(true));
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium">{t("bookingMode")}</legend>
        {BOOKING_MODES.map((mode) => (
          <label key={mode} className="flex items-center gap-2">
            <input type="radio" name="bookingMode" checked={values.bookingMode === mode} onChange={() => set({ bookingMode: mode })} />
            {t(mode)}
          </label>
        ))}
        <p className="text-xs text-slate-600">{t("bookingHint")}</p>
      </fieldset>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium">{t("format")}</legend>
        <div className="flex flex-wrap gap-4">
          {MEETING_FORMATS.map((format) => (
            <label key={format} className="flex items-center gap-2">
              <input type="radio" name="format" checked={values.format === format} onChange={() => set({ format })} />
              {t(format)}
            </label>
          ))}
        </div>
      </fieldset>
      {values.format !== "ON_SITE" ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="mm-linkPattern" className="text-sm font-medium">
            {t("linkPattern")}
          </label>
          <input
            id="mm-linkPattern"
            type="url"
            value={values.meetingLinkPattern}
            onChange={(e) => set({ meetingLinkPattern: e.target.value })}
            aria-invalid={fieldErrors.meetingLinkPattern ? true : undefined}
            aria-describedby="mm-linkPattern-hint"
            className={input}
          />
          <p id="mm-linkPattern-hint" className="text-xs text-slate-600">
            {t("linkPatternHint")}
          </p>
          {fieldErrors.meetingLinkPattern ? <p className="text-sm text-red-700">{fieldErrors.meetingLinkPattern}</p> : null}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-4">
        {count("maxMeetings")}
        {count("maxMeetingsBuyer")}
        {count("maxMeetingsSupplier")}
      </div>
      <p className="-mt-2 text-xs text-slate-600">{t("capsHint")}</p>
      <div className="flex flex-wrap gap-4">
        {count("requestExpiryHours")}
        {count("pendingReminderHours")}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="submit"
          disabled={pending}
        >
          {t("save")}
        </Button>
        {saved ? (
          <p role="status" className="text-sm text-green-800">
            {t("saved")}
          </p>
        ) : null}
      </div>
      <ActionError message={error} />
    </form>
  );
}
