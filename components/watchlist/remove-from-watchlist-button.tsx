// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { ConfirmInPlace } from "@/components/ui/confirm-in-place";
import { removeFromWatchlistAction } from "@/lib/watchlist/actions/remove-from-watchlist";

/** Removing asks once more, in place: the note goes with the entry. */
export function RemoveFromWatchlistButton({ entryId, name }: { entryId: string; name: string }) {
  const t = useTranslations("Watchlist");
  return (
    <ConfirmInPlace
      label={t("remove")}
      srDetail={name}
      question={t("confirmRemove", { name })}
      confirmLabel={t("confirmRemoveYes")}
      cancelLabel={t("cancel")}
      action={() => removeFromWatchlistAction({ entryId })}
      testId="watchlist-remove"
    />
  );
}
