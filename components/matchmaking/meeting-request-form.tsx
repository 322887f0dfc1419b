// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextareaField } from "@/components/forms/textarea-field";
import { Button } from "@/components/ui/button";
import { requestMeetingAction } from "@/lib/matchmaking/actions/request-meeting";
import { requestMeetingSchema } from "@/lib/matchmaking/schema";
import { useRouter } from "@/lib/i18n/navigation";

export function MeetingRequestForm(props: { fromRegistrationId: string; toRegistrationId: string; companyName: string }) {
  const t = useTranslations("Meetings.request");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, submit, formError, pending } = useActionForm({
    schema: requestMeetingSchema,
    action: requestMeetingAction,
    defaultValues: { fromRegistrationId: props.fromRegistrationId, toRegistrationId: props.toRegistrationId, message: "" },
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  if (!open) {
    return (
      <Button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={t("openFor", { company: props.companyName })}
        className="text-sm"
      >
        {t("open")}
      </Button>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <TextareaField
        rows={3}
        label={t("message", { company: props.companyName })}
        hint={t("messageHint")}
        error={form.formState.errors.message?.message}
        autoFocus
        {...form.register("message")}
      />
      <div className="flex gap-3">
        <SubmitButton pending={pending}>{t("send")}</SubmitButton>
        <button type="button" onClick={() => setOpen(false)} className="text-sm text-slate-600 underline">
          {t("close")}
        </button>
      </div>
    </form>
  );
}
