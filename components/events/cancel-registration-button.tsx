// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { ConfirmInPlace } from "@/components/ui/confirm-in-place";
import { cancelRegistrationAction } from "@/lib/events/actions/cancel-registration";

export function CancelRegistrationButton({ registrationId }: { registrationId: string }) {
  const t = useTranslations("Registration");
  return (
    <ConfirmInPlace
      label={t("cancel")}
      question={t("confirmCancel")}
      confirmLabel={t("confirmCancelYes")}
      cancelLabel={t("keepRegistration")}
      action={() => cancelRegistrationAction({ registrationId })}
      layout="panel"
    />
  );
}
