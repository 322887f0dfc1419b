// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { updateWatchlistNoteAction } from "@/lib/watchlist/actions/update-watchlist-note";
import { updateWatchlistNoteSchema, WATCHLIST_LIMITS } from "@/lib/watchlist/schema";

/** The private note on one watchlist entry. */
export function WatchlistNoteForm({
  entryId,
  note,
  companyName,
  watchedName,
}: {
  entryId: string;
  note: string | null;
  /** The watching company, whose members alone see the note. */
  companyName: string;
  watchedName: string;
}) {
  const t = useTranslations("Watchlist");
  const [saved, setSaved] = useState(false);
  const { form, submit, formError, pending } = useActionForm({
    schema: updateWatchlistNoteSchema,
    action: updateWatchlistNoteAction,
    defaultValues: { entryId, note: note ?? "" },
    onSuccess: (data) => {
      form.reset({ entryId, note: data.note ?? "" });
      setSaved(true);
    },
  });
  const field = form.register("note", { onChange: () => setSaved(false) });
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2">
      <TextareaField
        label={
          <>
            {t("note.label")}
            <span className="sr-only">: {watchedName}</span>
          </>
        }
        hint={t("note.hint", { company: companyName })}
        rows={3}
        maxLength={WATCHLIST_LIMITS.note}
        data-testid="watchlist-note"
        error={form.formState.errors.note?.message}
        {...field}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending} tone="secondary" className="text-sm">
          {t("note.save")}
        </SubmitButton>
        <p role="status" className="text-sm text-emerald-800">
          {saved ? t("note.saved") : ""}
        </p>
      </div>
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
    </form>
  );
}
