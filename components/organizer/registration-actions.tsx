// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { approveRegistrationAction } from "@/lib/events/actions/approve-registration";
import { checkInRegistrationAction } from "@/lib/events/actions/check-in-registration";
import { rejectRegistrationAction } from "@/lib/events/actions/reject-registration";

const base = "rounded-md px-3 py-1 text-sm font-medium disabled:opacity-70";

export function RegistrationActions(props: { registrationId: string; status: string; checkedIn: boolean; company: string }) {
  const t = useTranslations("OrganizerDashboard.registrations");
  const { pending, error, run } = useActionRunner();
  const { registrationId } = props;
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {props.status === "PENDING" && (
          <button
            type="button"
            disabled={pending}
            aria-label={t("approveFor", { company: props.company })}
            onClick={() => run(() => approveRegistrationAction({ registrationId }))}
            className={`${base} bg-brand-700 text-white hover:bg-brand-800`}
          >
            {t("approve")}
          </button>
        )}
        {props.status === "CONFIRMED" && (
          <button
            type="button"
            disabled={pending}
            aria-label={t(props.checkedIn ? "undoCheckInFor" : "checkInFor", { company: props.company })}
            onClick={() => run(() => checkInRegistrationAction({ registrationId, checkedIn: !props.checkedIn }))}
            className={`${base} bg-white text-brand-800 ring-1 ring-slate-300 hover:bg-slate-50`}
          >
            {props.checkedIn ? t("undoCheckIn") : t("checkIn")}
          </button>
        )}
        {(props.status === "PENDING" || props.status === "WAITLISTED" || props.status === "CONFIRMED") && (
          <button
            type="button"
            disabled={pending}
            aria-label={t("rejectFor", { company: props.company })}
            onClick={() => window.confirm(t("confirmReject", { company: props.company })) && run(() => rejectRegistrationAction({ registrationId }))}
            className={`${base} bg-white text-red-700 ring-1 ring-red-200 hover:bg-red-50`}
          >
            {t("reject")}
          </button>
        )}
      </div>
      <ActionError message={error} />
    </div>
  );
}
