// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { ConfirmInPlace } from "@/components/ui/confirm-in-place";
import { deleteSavedSearchAction } from "@/lib/saved-searches/actions/delete-saved-search";

/** Deleting asks once more, in place. */
export function DeleteSavedSearchButton({ savedSearchId, name }: { savedSearchId: string; name: string }) {
  const t = useTranslations("SavedSearches");
  return (
    <ConfirmInPlace
      label={t("delete")}
      srDetail={name}
      question={t("confirmDelete", { name })}
      confirmLabel={t("confirmDeleteYes")}
      cancelLabel={t("cancel")}
      action={() => deleteSavedSearchAction({ savedSearchId })}
      testId="saved-search-delete"
    />
  );
}
