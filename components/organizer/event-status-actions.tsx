// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { cancelEventAction } from "@/lib/events/actions/cancel-event";
import { deleteEventAction } from "@/lib/events/actions/delete-event";
import { publishEventAction } from "@/lib/events/actions/publish-event";
import { useRouter } from "@/lib/i18n/navigation";

/** Publish a draft, cancel a published event, delete a draft or a cancelled one. */
export function EventStatusActions({ eventId, status }: { eventId: string; status: "DRAFT" | "PUBLISHED" | "CANCELLED" }) {
  const t = useTranslations("OrganizerDashboard.actions");
  const router = useRouter();
  const { pending, error, run } = useActionRunner();
  return (
    <div>
      <div className="flex flex-wrap gap-3">
        {status === "DRAFT" && (
          <Button type="button" disabled={pending} onClick={() => run(() => publishEventAction({ eventId }))}>
            {t("publish")}
          </Button>
        )}
        {status === "PUBLISHED" && (
          <Button
            variant="danger-outline"
            type="button"
            disabled={pending}
            onClick={() => window.confirm(t("confirmCancel")) && run(() => cancelEventAction({ eventId }))}
          >
            {t("cancel")}
          </Button>
        )}
        {status !== "PUBLISHED" && (
          <Button
            variant="danger-outline"
            type="button"
            disabled={pending}
            onClick={() => window.confirm(t("confirmDelete")) && run(() => deleteEventAction({ eventId }), () => router.push("/organizer"))}
          >
            {t("delete")}
          </Button>
        )}
      </div>
      <ActionError message={error} />
    </div>
  );
}
