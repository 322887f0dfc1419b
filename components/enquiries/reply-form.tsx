// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { clearFilePicker } from "@/components/forms/file-picker";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/actions/safe-action";
import { replyToEnquiryAction } from "@/lib/enquiries/actions/reply-to-enquiry";
import { ENQUIRY_LIMITS, replyFieldsSchema, type ReplyFieldsInput } from "@/lib/enquiries/schema";
import { useRouter } from "@/lib/i18n/navigation";
import { AttachmentField, ATTACHMENT_MAX_MB, chosenFile } from "./attachment-field";

/** Answer in a thread; the page reloads its messages afterwards. */
export function ReplyForm({ enquiryId, organizationId }: { enquiryId: string; organizationId: string }) {
  const t = useTranslations("Enquiries.reply");
  const ta = useTranslations("Enquiries.errors.attachment");
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const [sent, setSent] = useState(false);

  const send = async (values: ReplyFieldsInput): Promise<ActionResult<{ messageId: string }>> => {
    setSent(false);
    const { file, error } = chosenFile(fileInput.current, ta("tooLarge", { max: ATTACHMENT_MAX_MB }));
    if (error) return { ok: false, code: "validation", fieldErrors: { attachment: error }, formError: null };
    const data = new FormData();
    data.set("enquiryId", values.enquiryId);
    data.set("organizationId", values.organizationId);
    data.set("message", values.message);
    if (file) data.set("attachment", file);
    return replyToEnquiryAction(data);
  };

  const { form, submit, formError, pending } = useActionForm({
    schema: replyFieldsSchema,
    action: send,
    defaultValues: { enquiryId, organizationId, message: "" },
    onSuccess: () => {
      form.reset({ enquiryId, organizationId, message: "" });
      clearFilePicker(fileInput.current);
      setSent(true);
      router.refresh();
    },
  });
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      {sent ? <FormAlert tone="success">{t("sent")}</FormAlert> : null}
      <TextareaField
        label={t("label")}
        rows={6}
        maxLength={ENQUIRY_LIMITS.message}
        error={errors.message?.message}
        {...form.register("message")}
      />
      <AttachmentField inputRef={fileInput} error={errors.attachment?.message} />
      <div>
        <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
