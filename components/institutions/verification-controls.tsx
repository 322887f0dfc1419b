// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { ConfirmInPlace } from "@/components/ui/confirm-in-place";
import { revokeVerificationAction } from "@/lib/institutions/actions/revoke-verification";
import { verifyCompanyAction } from "@/lib/institutions/actions/verify-company";

/** What staff checked, then a confirmation before the institution's name goes on the profile. */
export function VerifyCompanyControl({
  institutionId,
  companyId,
  companyName,
}: {
  institutionId: string;
  companyId: string;
  companyName: string;
}) {
  const t = useTranslations("Institutions.verification");
  const { pending, error, run } = useActionRunner();
  const [memberChecked, setMemberChecked] = useState(false);
  const [registerChecked, setRegisterChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const none = !memberChecked && !registerChecked;
  return (
    <div className="flex flex-col gap-2">
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <legend className="sr-only">{t("checksFor", { company: companyName })}</legend>
        <label className="flex items-center gap-1.5">
          <input type="checkbox" checked={memberChecked} onChange={(e) => setMemberChecked(e.target.checked)} />
          {t("memberChecked")}
        </label>
        <label className="flex items-center gap-1.5">
          <input type="checkbox" checked={registerChecked} onChange={(e) => setRegisterChecked(e.target.checked)} />
          {t("registerChecked")}
        </label>
      </fieldset>
      {confirming ? (
        <div role="group" aria-label={t("confirmFor", { company: companyName })} className="flex flex-wrap items-center gap-2 text-sm">
          <span>{t("confirm", { company: companyName })}</span>
          <Button
            size="xs"
            disabled={pending}
            onClick={() =>
              // The refreshed list shows the row as verified, with its revoke button instead.
              run(() => verifyCompanyAction({ institutionId, companyId, memberChecked, registerChecked }))
            }
          >
            {t("confirmYes")}
          </Button>
          <Button size="xs" variant="neutral" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </Button>
        </div>
      ) : (
        <div>
          <Button size="xs" disabled={none || pending} onClick={() => setConfirming(true)} aria-describedby={none ? `hint-${companyId}` : undefined}>
            {t("verify")}
            <span className="sr-only">: {companyName}</span>
          </Button>
          {none ? (
            <p id={`hint-${companyId}`} className="mt-1 text-xs text-slate-600">
              {t("chooseCheck")}
            </p>
          ) : null}
        </div>
      )}
      <ActionError message={error} />
    </div>
  );
}

export function RevokeVerificationControl({ verificationId, companyName }: { verificationId: string; companyName: string }) {
  const t = useTranslations("Institutions.verification");
  return (
    <ConfirmInPlace
      label={t("revoke")}
      srDetail={companyName}
      question={t("revokeQuestion", { company: companyName })}
      confirmLabel={t("revokeYes")}
      cancelLabel={t("cancel")}
      action={() => revokeVerificationAction({ verificationId, reason: null })}
    />
  );
}
