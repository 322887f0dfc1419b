// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { approveRegistrationAction } from "@/lib/events/actions/approve-registration";
import { checkInRegistrationAction } from "@/lib/events/actions/check-in-registration";
import { rejectRegistrationAction } from "@/lib/events/actions/reject-registration";


export function RegistrationActions(props: { registrationId: string; status: string; checkedIn: boolean; company: string }) {
  const t = useTranslations("OrganizerDashboard.registrations");
  const { pending, error, run } = useActionRunner();
  const { registrationId } = props;
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {props.status === "PENDING" && (
          <Button
            size="sm"
            type="button"
            disabled={pending}
            aria-label={t("approveFor", { company: props.company })}
            onClick={() => run(() => approveRegistrationAction({ registrationId }))}
            className="py-1"
          >
            {t("approve")}
          </Button>
        )}
        {props.status === "CONFIRMED" && (
          <Button
            variant="secondary"
            size="sm"
            type="button"
            disabled={pending}
            aria-label={t(props.checkedIn ? "undoCheckInFor" : "checkInFor", { company: props.company })}
            onClick={() => run(() => checkInRegistrationAction({ registrationId, checkedIn: !props.checkedIn }))}
            className="py-1"
          >
            {props.checkedIn ? t("undoCheckIn") : t("checkIn")}
          </Button>
        )}
        {(props.status === "PENDING" || props.status === "WAITLISTED" || props.status === "CONFIRMED") && (
          <Button
            variant="danger-outline"
            size="sm"
            type="button"
            disabled={pending}
            aria-label={t("rejectFor", { company: props.company })}
            onClick={() => window.confirm(t("confirmReject", { company: props.company })) && run(() => rejectRegistrationAction({ registrationId }))}
            className="py-1"
          >
            {t("reject")}
          </Button>
        )}
      </div>
      <ActionError message={error} />
    </div>
  );
}
