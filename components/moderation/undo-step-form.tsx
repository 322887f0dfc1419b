// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { undoModerationStepAction } from "@/lib/moderation/actions/undo-moderation-step";
import { MODERATION_REASON_MAX, undoModerationSchema } from "@/lib/moderation/schema";
import { useRouter } from "@/lib/i18n/navigation";

/** "Undo" asks for the reason in place; sending it is the confirmation. */
export function UndoStepForm({
  moderationActionId,
  institutionId,
  label,
}: {
  moderationActionId: string;
  institutionId?: string;
  label: string;
}) {
  const t = useTranslations("Moderation.undo");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const defaults = { moderationActionId, institutionId: institutionId ?? "", reason: "" };
  const { form, submit, formError, pending } = useActionForm({
    schema: undoModerationSchema,
    action: undoModerationStepAction,
    defaultValues: defaults,
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  if (!open) {
    return (
      <Button variant="neutral" size="xs" type="button" onClick={() => setOpen(true)} data-testid="moderation-undo">
        {t("open")}
        <span className="sr-only">: {label}</span>
      </Button>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <TextareaField
        label={t("reason")}
        rows={3}
        maxLength={MODERATION_REASON_MAX}
        error={form.formState.errors.reason?.message}
        {...form.register("reason")}
      />
      <div className="flex flex-wrap gap-2">
        <Button size="sm" type="submit" disabled={pending} data-testid="moderation-undo-submit">
          {t("confirm")}
        </Button>
        <Button variant="neutral" size="sm" type="button" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
