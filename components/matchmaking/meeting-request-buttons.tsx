// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { respondToMeetingAction } from "@/lib/matchmaking/actions/respond-to-meeting";
import { withdrawMeetingRequestAction } from "@/lib/matchmaking/actions/withdraw-meeting-request";

/** What one side of a request can do next: answer it, take it back, or call the meeting off. */
export function MeetingRequestButtons(props: { requestId: string; role: "requester" | "recipient"; status: string; company: string }) {
  const t = useTranslations("Meetings.buttons");
  const { pending, error, run } = useActionRunner();
  const { requestId } = props;
  return (
    <div className="shrink-0">
      <div className="flex gap-2">
        {props.status === "PENDING" && props.role === "recipient" && (
          <>
            <Button
              size="sm"
              type="button"
              disabled={pending}
              aria-label={t("acceptFrom", { company: props.company })}
              onClick={() => run(() => respondToMeetingAction({ requestId, accept: true }))}
            >
              {t("accept")}
            </Button>
            <Button
              variant="neutral"
              size="sm"
              type="button"
              disabled={pending}
              aria-label={t("declineFrom", { company: props.company })}
              onClick={() => run(() => respondToMeetingAction({ requestId, accept: false }))}
            >
              {t("decline")}
            </Button>
          </>
        )}
        {props.status === "PENDING" && props.role === "requester" && (
          <Button
            variant="neutral"
            size="sm"
            type="button"
            disabled={pending}
            onClick={() => run(() => withdrawMeetingRequestAction({ requestId }))}
          >
            {t("withdraw")}
          </Button>
        )}
        {props.status === "ACCEPTED" && (
          <Button
            variant="danger-outline"
            size="sm"
            type="button"
            disabled={pending}
            onClick={() => {
              if (window.confirm(t("confirmCancel", { company: props.company }))) run(() => withdrawMeetingRequestAction({ requestId }));
            }}
          >
            {t("cancel")}
          </Button>
        )}
      </div>
      <ActionError message={error} />
    </div>
  );
}
