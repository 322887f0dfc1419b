"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionError, useActionRunner } from "@/components/events/use-action-runner";
import { deleteSavedSearchAction } from "@/lib/saved-searches/actions/delete-saved-search";

const button = "rounded-md px-2.5 py-1 text-sm font-medium ring-1 disabled:opacity-60";

/** Deleting asks once more, in place. */
export function DeleteSavedSearchButton({ savedSearchId, name }: { savedSearchId: string; name: string }) {
  const t = useTranslations("SavedSearches");
  const { pending, error, run } = useActionRunner();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="flex flex-col items-start gap-1">
      {confirming ? (
        <span role="group" aria-label={t("confirmDelete", { name })} className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-red-800">{t("confirmDelete", { name })}</span>
          <button
            type="button"
            disabled={pending}
            data-testid="saved-search-delete-confirm"
            onClick={() => run(() => deleteSavedSearchAction({ savedSearchId }))}
            className={`${button} bg-red-700 text-white ring-red-700 hover:bg-red-800`}
          >
            {t("confirmDeleteYes")}
          </button>
          <button type="button" onClick={() => setConfirming(false)} className={`${button} text-slate-700 ring-slate-300`}>
            {t("cancel")}
          </button>
        </span>
      ) : (
        <button
          type="button"
          disabled={pending}
          data-testid="saved-search-delete"
          onClick={() => setConfirming(true)}
          className={`${button} text-red-700 ring-red-200 hover:bg-red-50`}
        >
          {t("delete")}
          <span className="sr-only">: {name}</span>
        </button>
      )}
      <ActionError message={error} />
    </div>
  );
}
