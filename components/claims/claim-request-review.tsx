// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { TextareaField } from "@/components/forms/textarea-field";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/safe-action";
import { reviewClaimRequestAction } from "@/lib/claims/actions/review-claim-request";
import { reviewClaimRequestAsAdminAction } from "@/lib/claims/actions/review-claim-request-as-admin";
import { CLAIM_LIMITS } from "@/lib/claims/constants";
import { useRouter } from "@/lib/i18n/navigation";

/** Approve or reject one claim request: for an institution's queue, or (no institution) the platform's. */
export function ClaimRequestReview({
  requestId,
  institutionId,
  email,
  company,
}: {
  requestId: string;
  institutionId: string | null;
  email: string;
  company: string;
}) {
  const t = useTranslations("Claims.review");
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [done, setDone] = useState<"approve" | "reject" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const decide = (decision: "approve" | "reject") =>
    startTransition(async () => {
      setError(null);
      const input = { requestId, decision, reason: decision === "reject" ? reason : undefined };
      const result: ActionResult<unknown> = institutionId
        ? await reviewClaimRequestAction({ ...input, institutionId })
        : await reviewClaimRequestAsAdminAction(input);
      if (!result.ok) {
        setError(result.formError ?? Object.values(result.fieldErrors)[0] ?? null);
        return;
      }
      setDone(decision);
      router.refresh();
    });

  if (done) {
    return (
      <FormAlert tone="success">
        {done === "approve" ? t("approved", { email, company }) : t("rejected", { email })}
      </FormAlert>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      {error ? <FormAlert tone="error">{error}</FormAlert> : null}
      <TextareaField
        label={t("reason")}
        rows={2}
        maxLength={CLAIM_LIMITS.reason}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="flex flex-wrap gap-3">
        <Button disabled={pending} onClick={() => decide("approve")}>
          {t("approve")}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => decide("reject")}>
          {t("reject")}
        </Button>
      </div>
    </div>
  );
}
