// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { z } from "zod";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { dismissReportAction } from "@/lib/moderation/actions/dismiss-report";
import { suspendCompanyEnquiriesAction } from "@/lib/moderation/actions/suspend-company-enquiries";
import { unpublishReportedContentAction } from "@/lib/moderation/actions/unpublish-reported-content";
import { warnCompanyAction } from "@/lib/moderation/actions/warn-company";
import { MODERATION_REASON_MAX, moderationStepFormSchema } from "@/lib/moderation/schema";
import { useRouter } from "@/lib/i18n/navigation";

type Values = z.output<typeof moderationStepFormSchema>;
const STEPS = ["DISMISS", "WARN", "UNPUBLISH_LISTING", "UNPUBLISH_PROFILE", "SUSPEND_ENQUIRIES"] as const;

/** Each step is its own server action; the form sends the chosen one. */
function send(values: Values) {
  const { step, listingId, ...decision } = values;
  switch (step) {
    case "DISMISS":
      return dismissReportAction(decision);
    case "WARN":
      return warnCompanyAction(decision);
    case "SUSPEND_ENQUIRIES":
      return suspendCompanyEnquiriesAction(decision);
    case "UNPUBLISH_LISTING":
      return unpublishReportedContentAction({ ...decision, target: "LISTING", listingId });
    case "UNPUBLISH_PROFILE":
      return unpublishReportedContentAction({ ...decision, target: "PROFILE" });
  }
}

export function ModerationStepForm({
  reportId,
  institutionId,
  listings,
  companyExists,
}: {
  reportId: string;
  institutionId?: string;
  listings: { id: string; title: string }[];
  companyExists: boolean;
}) {
  const t = useTranslations("Moderation.form");
  const router = useRouter();
  const [done, setDone] = useState(false);
  const defaults = {
    reportId,
    institutionId: institutionId ?? "",
    step: "DISMISS" as const,
    listingId: "",
    reason: "",
  };
  const { form, submit, formError, pending } = useActionForm({
    schema: moderationStepFormSchema,
    action: (input) => send(moderationStepFormSchema.parse(input)),
    defaultValues: defaults,
    onSuccess: () => {
      setDone(true);
      form.reset(defaults);
      router.refresh();
    },
  });
  const step = form.watch("step");
  const available = companyExists ? STEPS : (["DISMISS"] as const);

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" data-testid="moderation-step-form">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      {done ? <FormAlert tone="success">{t("done")}</FormAlert> : null}
      <SelectField
        label={t("step")}
        options={available.map((s) => ({ value: s, label: t(`steps.${s}`) }))}
        error={form.formState.errors.step?.message}
        {...form.register("step", { onChange: () => setDone(false) })}
      />
      {step === "UNPUBLISH_LISTING" ? (
        listings.length ? (
          <SelectField
            label={t("listing")}
            placeholder={t("chooseListing")}
            options={listings.map((l) => ({ value: l.id, label: l.title }))}
            error={form.formState.errors.listingId?.message}
            {...form.register("listingId")}
          />
        ) : (
          <p className="text-sm text-slate-600">{t("noListings")}</p>
        )
      ) : null}
      <TextareaField
        label={t("reason")}
        hint={t("reasonHint")}
        rows={4}
        maxLength={MODERATION_REASON_MAX}
        error={form.formState.errors.reason?.message}
        {...form.register("reason")}
      />
      <div>
        <Button type="submit" disabled={pending} data-testid="moderation-step-submit">
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
