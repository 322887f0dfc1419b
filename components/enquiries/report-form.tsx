// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { reportEnquiryAction } from "@/lib/enquiries/actions/report-enquiry";
import { ENQUIRY_LIMITS, reportEnquirySchema } from "@/lib/enquiries/schema";

/** "Report abuse" opens a short form that says what happens; sending it is the confirmation. */
export function ReportForm({
  enquiryId,
  organizationId,
  company,
}: {
  enquiryId: string;
  organizationId: string;
  company: string;
}) {
  const t = useTranslations("Enquiries.actions");
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<"reported" | "alreadyReported" | null>(null);
  const { form, submit, formError, pending } = useActionForm({
    schema: reportEnquirySchema,
    action: reportEnquiryAction,
    defaultValues: { enquiryId, organizationId, reason: "" },
    onSuccess: (data) => {
      setDone(data.alreadyReported ? "alreadyReported" : "reported");
      setOpen(false);
      form.reset({ enquiryId, organizationId, reason: "" });
    },
  });

  if (done) {
    return (
      <div data-testid="enquiry-report-done">
        <FormAlert tone="success">{t(done)}</FormAlert>
      </div>
    );
  }
  if (!open) {
    return (
      <Button
        variant="danger-outline"
        size="sm"
        type="button"
        data-testid="enquiry-report"
        onClick={() => setOpen(true)}
      >
        {t("report")}
      </Button>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3 rounded-md bg-red-50 p-3 ring-1 ring-red-200">
      <p className="text-sm text-red-900">{t("reportHint", { company })}</p>
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <TextareaField
        label={t("reportReason")}
        rows={4}
        maxLength={ENQUIRY_LIMITS.reason}
        error={form.formState.errors.reason?.message}
        {...form.register("reason")}
      />
      <div className="flex flex-wrap gap-2">
        <Button
          variant="danger"
          size="sm"
          type="submit"
          data-testid="enquiry-report-submit"
          disabled={pending}
        >
          {t("confirmReportYes")}
        </Button>
        <Button
          variant="neutral"
          size="sm"
          type="button"
          onClick={() => setOpen(false)}
        >
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
