// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { ConfirmInPlace } from "@/components/ui/confirm-in-place";
import { blockCompanyAction } from "@/lib/enquiries/actions/block-company";
import { unblockCompanyAction } from "@/lib/enquiries/actions/unblock-company";

/** Blocking asks once more, in place; unblocking does not. */
export function BlockToggle({
  organizationId,
  company,
  blocked,
}: {
  organizationId: string;
  company: { id: string; name: string };
  blocked: boolean;
}) {
  const t = useTranslations("Enquiries.actions");
  const { run, pending, error } = useActionRunner();
  const input = { organizationId, blockedOrganizationId: company.id };

  if (!blocked) {
    return (
      <ConfirmInPlace
        layout="panel"
        label={t("block", { company: company.name })}
        question={t("confirmBlock", { company: company.name })}
        confirmLabel={t("confirmBlockYes")}
        cancelLabel={t("cancel")}
        action={() => blockCompanyAction(input)}
      />
    );
  }
  return (
    <div className="flex flex-col gap-1">
      <Button
        variant="neutral"
        size="sm"
        type="button"
        disabled={pending}
        onClick={() => run(() => unblockCompanyAction(input))}
      >
        {t("unblock", { company: company.name })}
      </Button>
      <ActionError message={error} />
    </div>
  );
}
