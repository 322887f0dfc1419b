"use client";

import { useTranslations } from "next-intl";
import { cancelRegistrationAction } from "@/lib/events/actions/cancel-registration";
import { ActionError, useActionRunner } from "./use-action-runner";

export function CancelRegistrationButton({ registrationId }: { registrationId: string }) {
  const t = useTranslations("Registration");
  const { pending, error, run } = useActionRunner();
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        onClick={() => {
          if (window.confirm(t("confirmCancel"))) run(() => cancelRegistrationAction({ registrationId }));
        }}
        className="rounded-md bg-white px-4 py-2 font-medium text-red-700 ring-1 ring-red-200 hover:bg-red-50 disabled:opacity-70"
      >
        {t("cancel")}
      </button>
      <ActionError message={error} />
    </div>
  );
}
