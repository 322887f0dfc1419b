// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { renameSavedSearchAction } from "@/lib/saved-searches/actions/rename-saved-search";
import { SAVED_SEARCH_LIMITS, renameSavedSearchSchema } from "@/lib/saved-searches/schema";

/** The name of a saved search, with a rename form in its place while editing. */
export function SavedSearchName({ savedSearchId, name }: { savedSearchId: string; name: string }) {
  const t = useTranslations("SavedSearches");
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const { form, submit, formError, pending } = useActionForm({
    schema: renameSavedSearchSchema,
    action: renameSavedSearchAction,
    defaultValues: { savedSearchId, name },
    onSuccess: () => {
      setEditing(false);
      router.refresh();
    },
  });

  if (!editing) {
    return (
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 className="text-lg font-semibold break-words">{name}</h2>
        <button
          type="button"
          onClick={() => {
            form.reset({ savedSearchId, name });
            setEditing(true);
          }}
          className="text-sm font-medium text-brand-700 underline"
        >
          {t("rename")}
          <span className="sr-only">: {name}</span>
        </button>
      </div>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <TextField
        label={t("nameLabel")}
        className="sm:flex-1"
        maxLength={SAVED_SEARCH_LIMITS.name}
        autoFocus
        error={form.formState.errors.name?.message}
        {...form.register("name")}
      />
      <div className="flex gap-2">
        <SubmitButton pending={pending}>{t("saveName")}</SubmitButton>
        <Button
          variant="neutral"
          size="sm"
          type="button"
          onClick={() => setEditing(false)}
          className="py-2"
        >
          {t("cancel")}
        </Button>
      </div>
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
    </form>
  );
}
