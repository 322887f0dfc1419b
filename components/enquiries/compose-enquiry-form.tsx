"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/actions/safe-action";
import { sendEnquiryAction } from "@/lib/enquiries/actions/send-enquiry";
import { composeEnquirySchema, ENQUIRY_LIMITS, type ComposeEnquiryInput } from "@/lib/enquiries/schema";
import { useRouter } from "@/lib/i18n/navigation";
import { AttachmentField, ATTACHMENT_MAX_MB, chosenFile } from "./attachment-field";

type Sent = { batchId: string; enquiryIds: string[] };

/**
 * Subject, message and an optional file for one or several suppliers. With one recipient the
 * sender lands in the new thread; with several, in the inbox that lists them all.
 */
export function ComposeEnquiryForm({
  senders,
  recipientIds,
}: {
  senders: { id: string; name: string }[];
  recipientIds: string[];
}) {
  const t = useTranslations("Enquiries.compose");
  const ta = useTranslations("Enquiries.errors.attachment");
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);

  const send = async (values: ComposeEnquiryInput): Promise<ActionResult<Sent>> => {
    const { file, error } = chosenFile(fileInput.current, ta("tooLarge", { max: ATTACHMENT_MAX_MB }));
    if (error) return { ok: false, code: "validation", fieldErrors: { attachment: error }, formError: null };
    const data = new FormData();
    data.set("organizationId", values.organizationId);
    for (const id of values.recipientIds) data.append("recipientIds", id);
    data.set("subject", values.subject);
    data.set("message", values.message);
    if (file) data.set("attachment", file);
    return sendEnquiryAction(data);
  };

  const { form, submit, formError, pending } = useActionForm({
    schema: composeEnquirySchema,
    action: send,
    defaultValues: { organizationId: senders[0]?.id ?? "", recipientIds, subject: "", message: "" },
    onSuccess: (data, values) => {
      if (data.enquiryIds.length === 1) {
        router.push({ pathname: `/account/inbox/${data.enquiryIds[0]}`, query: { org: values.organizationId } });
      } else {
        router.push({
          pathname: "/account/inbox",
          query: { org: values.organizationId, box: "sent", sent: String(data.enquiryIds.length) },
        });
      }
    },
  });
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      {errors.recipientIds?.message ? <FormAlert tone="error">{errors.recipientIds.message}</FormAlert> : null}
      {senders.length > 1 ? (
        <SelectField
          label={t("sender")}
          options={senders.map((s) => ({ value: s.id, label: s.name }))}
          error={errors.organizationId?.message}
          {...form.register("organizationId")}
        />
      ) : null}
      <TextField
        label={t("subject")}
        maxLength={ENQUIRY_LIMITS.subject}
        autoComplete="off"
        error={errors.subject?.message}
        {...form.register("subject")}
      />
      <TextareaField
        label={t("message")}
        rows={10}
        maxLength={ENQUIRY_LIMITS.message}
        hint={t("messageHint", { max: ENQUIRY_LIMITS.message })}
        error={errors.message?.message}
        {...form.register("message")}
      />
      <AttachmentField inputRef={fileInput} error={errors.attachment?.message} />
      <div>
        <SubmitButton pending={pending}>
          {pending ? t("sending") : t("submit", { count: recipientIds.length })}
        </SubmitButton>
      </div>
    </form>
  );
}
