// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { Button, buttonClasses } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";
import { addToWatchlistAction } from "@/lib/watchlist/actions/add-to-watchlist";
import { removeFromWatchlistAction } from "@/lib/watchlist/actions/remove-from-watchlist";

// A toggle: the pressed state keeps the secondary button's shape in green.
const toggle = { variant: "secondary", size: "sm", className: "gap-1.5 py-2" } as const;

/**
 * "Add to my suppliers" on a company profile, and "In my suppliers" once it is on the list.
 * Taking it off again asks first, because the private note goes with it.
 */
export function WatchlistToggle({
  organizationId,
  watchedOrganizationId,
  entryId: initialEntryId,
  companyName,
}: {
  organizationId: string;
  watchedOrganizationId: string;
  entryId: string | null;
  /** The watching company, named only when the user could act for more than one. */
  companyName: string | null;
}) {
  const t = useTranslations("Watchlist");
  const { pending, error, run } = useActionRunner();
  const [entryId, setEntryId] = useState(initialEntryId);
  const [confirming, setConfirming] = useState(false);
  const watching = entryId !== null;
  const label = watching
    ? companyName
      ? t("toggle.addedFor", { company: companyName })
      : t("toggle.added")
    : companyName
      ? t("toggle.addFor", { company: companyName })
      : t("toggle.add");

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          disabled={pending}
          aria-pressed={watching}
          data-testid="watchlist-toggle"
          onClick={() => {
            if (watching) setConfirming(true);
            else run(() => addToWatchlistAction({ organizationId, watchedOrganizationId }), (data) => setEntryId(data.entryId));
          }}
          className={
            watching
              ? buttonClasses({ ...toggle, className: `${toggle.className} bg-emerald-50 text-emerald-900 ring-emerald-300 hover:bg-emerald-100` })
              : buttonClasses(toggle)
          }
        >
          <span aria-hidden="true">{watching ? "✓" : "+"}</span>
          {label}
        </button>
        {watching ? (
          <Link
            href={{ pathname: "/account/watchlist", query: { org: organizationId } }}
            className="text-sm font-medium text-brand-700 underline"
          >
            {t("toggle.manage")}
          </Link>
        ) : null}
      </div>
      {entryId !== null && confirming ? (
        <span role="group" aria-label={t("toggle.confirmRemove")} className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-red-800">{t("toggle.confirmRemove")}</span>
          <button
            type="button"
            disabled={pending}
            data-testid="watchlist-toggle-confirm"
            onClick={() =>
              run(
                () => removeFromWatchlistAction({ entryId }),
                () => {
                  setEntryId(null);
                  setConfirming(false);
                },
              )
            }
            className="rounded-md bg-red-700 px-2.5 py-1 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60"
          >
            {t("toggle.confirmRemoveYes")}
          </button>
          <Button
            variant="neutral"
            size="xs"
            type="button"
            onClick={() => setConfirming(false)}
          >
            {t("cancel")}
          </Button>
        </span>
      ) : null}
      <ActionError message={error} />
    </div>
  );
}
