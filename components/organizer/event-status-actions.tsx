// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { cancelEventAction } from "@/lib/events/actions/cancel-event";
import { deleteEventAction } from "@/lib/events/actions/delete-event";
import { publishEventAction } from "@/lib/events/actions/publish-event";
import { useRouter } from "@/lib/i18n/navigation";

/** Publish a draft, cancel a published event, delete a draft or a cancelled one. */
export function EventStatusActions({ eventId, status }: { eventId: string; status: "DRAFT" | "PUBLISHED" | "CANCELLED" }) {
  const t = useTranslations("OrganizerDashboard.actions");
  const router = useRouter();
  const { pending, error, run } = useActionRunner();
  const base = "rounded-md px-4 py-2 font-medium disabled:opacity-70";
  return (
    <div>
      <div className="flex flex-wrap gap-3">
        {status === "DRAFT" && (
          <button type="button" disabled={pending} onClick={() => run(() => publishEventAction({ eventId }))} className={`${base} bg-brand-700 text-white hover:bg-brand-800`}>
            {t("publish")}
          </button>
        )}
        {status === "PUBLISHED" && (
          <button
            type="button"
            disabled={pending}
            onClick={() => window.confirm(t("confirmCancel")) && run(() => cancelEventAction({ eventId }))}
            className={`${base} bg-white text-red-700 ring-1 ring-red-200 hover:bg-red-50`}
          >
            {t("cancel")}
          </button>
        )}
        {status !== "PUBLISHED" && (
          <button
            type="button"
            disabled={pending}
            onClick={() => window.confirm(t("confirmDelete")) && run(() => deleteEventAction({ eventId }), () => router.push("/organizer"))}
            className={`${base} bg-white text-red-700 ring-1 ring-red-200 hover:bg-red-50`}
          >
            {t("delete")}
          </button>
        )}
      </div>
      <ActionError message={error} />
    </div>
  );
}
