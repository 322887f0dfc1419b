// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { requestClaimAction } from "@/lib/claims/actions/request-claim";
import { CLAIM_LIMITS } from "@/lib/claims/constants";
import { requestClaimSchema } from "@/lib/claims/schema";

/** "This is my company": opens a short form; the answer says whether the profile is now the user's. */
export function ClaimCompanyForm({
  companyId,
  companyName,
  reviewer,
}: {
  companyId: string;
  companyName: string;
  reviewer: "institution" | "platform";
}) {
  const t = useTranslations("Claims.profile");
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<"claimed" | "requested" | null>(null);
  const { form, submit, formError, pending } = useActionForm({
    schema: requestClaimSchema,
    action: requestClaimAction,
    defaultValues: { companyId, note: "" },
    onSuccess: (data) => setOutcome(data.outcome),
  });

  if (outcome === "claimed") {
    return (
      <div className="flex flex-col gap-2" data-testid="claim-outcome">
        <FormAlert tone="success">{t("claimed", { company: companyName })}</FormAlert>
        <Button href={{ pathname: "/account/company", query: { org: companyId } }} className="self-start">
          {t("toProfile")}
        </Button>
      </div>
    );
  }
  if (outcome === "requested") {
    return (
      <div data-testid="claim-outcome">
        <FormAlert tone="success">{t("requested")}</FormAlert>
      </div>
    );
  }
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)} data-testid="claim-company">
        {t("claimButton")}
      </Button>
    );
  }
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  return (
    <form onSubmit={submit} className="flex w-full max-w-md flex-col gap-3 text-left">
      <p className="font-semibold text-slate-900">{t("title")}</p>
      <p className="text-sm text-slate-600">{t("intro", { reviewer })}</p>
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <TextareaField
        label={t("note")}
        hint={t("noteHint")}
        rows={3}
        maxLength={CLAIM_LIMITS.note}
        error={errors.note?.message}
        {...form.register("note")}
      />
      <div>
        <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
