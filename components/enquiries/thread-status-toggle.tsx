// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { ConfirmInPlace } from "@/components/ui/confirm-in-place";
import { closeEnquiryAction } from "@/lib/enquiries/actions/close-enquiry";
import { reopenEnquiryAction } from "@/lib/enquiries/actions/reopen-enquiry";

/** Closing ends the conversation for both sides, so it asks first; reopening is harmless. */
export function ThreadStatusToggle({
  enquiryId,
  organizationId,
  closed,
}: {
  enquiryId: string;
  organizationId: string;
  closed: boolean;
}) {
  const t = useTranslations("Enquiries.actions");
  const { run, pending, error } = useActionRunner();
  const input = { enquiryId, organizationId };

  if (!closed) {
    return (
      <ConfirmInPlace
        layout="panel"
        tone="neutral"
        label={t("close")}
        question={t("confirmClose")}
        confirmLabel={t("confirmCloseYes")}
        cancelLabel={t("cancel")}
        action={() => closeEnquiryAction(input)}
      />
    );
  }
  return (
    <div className="flex flex-col gap-1">
      <Button
        variant="secondary"
        size="sm"
        type="button"
        disabled={pending}
        onClick={() => run(() => reopenEnquiryAction(input))}
      >
        {t("reopen")}
      </Button>
      <ActionError message={error} />
    </div>
  );
}
