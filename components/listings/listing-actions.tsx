// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/safe-action";
import { deleteListingAction } from "@/lib/listings/actions/delete-listing";
import { publishListingAction } from "@/lib/listings/actions/publish-listing";
import { unpublishListingAction } from "@/lib/listings/actions/unpublish-listing";
import { useRouter } from "@/lib/i18n/navigation";

const button = "rounded-md px-2.5 py-1 text-sm font-medium ring-1 disabled:opacity-60";

/** Publish, unpublish and delete for one listing; deleting asks once more, in place. */
export function ListingActions({
  listingId,
  title,
  published,
}: {
  listingId: string;
  title: string;
  published: boolean;
}) {
  const t = useTranslations("Listings");
  const te = useTranslations("ActionErrors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = (mutation: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await mutation();
        if (!result.ok) setError(result.formError ?? Object.values(result.fieldErrors)[0] ?? te("unexpected"));
        else router.refresh();
      } catch {
        setError(te("unexpected"));
      }
    });

  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap justify-end gap-2">
        {published ? (
          <Button
            variant="neutral"
            size="xs"
            type="button"
            disabled={pending}
            onClick={() => run(() => unpublishListingAction({ listingId }))}
          >
            {t("unpublish")}
          </Button>
        ) : (
          <button
            type="button"
            disabled={pending}
            onClick={() => run(() => publishListingAction({ listingId }))}
            className={`${button} bg-emerald-700 text-white ring-emerald-700 hover:bg-emerald-800`}
          >
            {t("publish")}
          </button>
        )}
        {confirming ? (
          <span role="group" aria-label={t("confirmDelete", { title })} className="flex items-center gap-2">
            <span className="text-sm text-red-800">{t("confirmDelete", { title })}</span>
            <Button
              variant="danger"
              size="xs"
              type="button"
              disabled={pending}
              onClick={() => run(() => deleteListingAction({ listingId }))}
            >
              {t("confirmDeleteYes")}
            </Button>
            <Button
              variant="neutral"
              size="xs"
              type="button"
              onClick={() => setConfirming(false)}
            >
              {t("cancel")}
            </Button>
          </span>
        ) : (
          <Button
            variant="danger-outline"
            size="xs"
            type="button"
            disabled={pending}
            onClick={() => setConfirming(true)}
          >
            {t("delete")}
          </Button>
        )}
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
