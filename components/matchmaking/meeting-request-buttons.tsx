// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { respondToMeetingAction } from "@/lib/matchmaking/actions/respond-to-meeting";
import { withdrawMeetingRequestAction } from "@/lib/matchmaking/actions/withdraw-meeting-request";

const button = "rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-70";

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
            <button
              type="button"
              disabled={pending}
              aria-label={t("acceptFrom", { company: props.company })}
              onClick={() => run(() => respondToMeetingAction({ requestId, accept: true }))}
              className={`${button} bg-brand-700 text-white hover:bg-brand-800`}
            >
              {t("accept")}
            </button>
            <button
              type="button"
              disabled={pending}
              aria-label={t("declineFrom", { company: props.company })}
              onClick={() => run(() => respondToMeetingAction({ requestId, accept: false }))}
              className={`${button} bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50`}
            >
              {t("decline")}
            </button>
          </>
        )}
        {props.status === "PENDING" && props.role === "requester" && (
          <button
            type="button"
            disabled={pending}
            onClick={() => run(() => withdrawMeetingRequestAction({ requestId }))}
            className={`${button} bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50`}
          >
            {t("withdraw")}
          </button>
        )}
        {props.status === "ACCEPTED" && (
          <button
            type="button"
            disabled={pending}
            onClick={() => {
              if (window.confirm(t("confirmCancel", { company: props.company }))) run(() => withdrawMeetingRequestAction({ requestId }));
            }}
            className={`${button} bg-white text-red-700 ring-1 ring-red-200 hover:bg-red-50`}
          >
            {t("cancel")}
          </button>
        )}
      </div>
      <ActionError message={error} />
    </div>
  );
}
