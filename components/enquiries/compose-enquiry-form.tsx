// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Card, CardTitle } from "@/components/ui/card";
import type { ActionResult } from "@/lib/actions/safe-action";
import { sendEnquiryAction } from "@/lib/enquiries/actions/send-enquiry";
import { recipientsFor } from "@/lib/enquiries/compose";
import { composeEnquirySchema, ENQUIRY_LIMITS, type ComposeEnquiryInput } from "@/lib/enquiries/schema";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { AttachmentField, ATTACHMENT_MAX_MB, chosenFile } from "./attachment-field";

type Sent = {
  batchId: string;
  enquiryIds: string[];
  counts: { members: number; mailed: number; mailFailed: number; undeliverable: number };
};

export interface ComposeSender {
  id: string;
  name: string;
  published: boolean;
}

export interface ComposeRecipient {
  id: string;
  name: string;
  slug: string;
  city: string | null;
  /** The members' inbox, a mail to an unmanaged company's contact address, or nobody. */
  route: "members" | "mail" | "none";
}

/**
 * Recipients, subject, message and an optional file for one or several suppliers. Which
 * recipients go depends on the sender: a company never writes to itself, so when the user
 * belongs to one of the chosen companies, only the company that sends drops out. With one
 * recipient the sender lands in the new thread; with several, in the inbox that lists them all.
 */
export function ComposeEnquiryForm({
  senders,
  candidates,
  defaultSenderId,
  limits,
}: {
  senders: ComposeSender[];
  /** The companies picked on a profile or in the search, before the sender is taken out. */
  candidates: ComposeRecipient[];
  defaultSenderId: string;
  /** Daily allowance of an unpublished and of a published company; the former only if lower. */
  limits: { draft: number | null; published: number };
}) {
  const t = useTranslations("Enquiries.compose");
  const tc = useTranslations("Claims.compose");
  const ta = useTranslations("Enquiries.errors.attachment");
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  // One key per form: sending it twice (a double click, a retry after a lost answer) finds the
  // threads the first sending made instead of making them again.
  const [submissionKey] = useState(newSubmissionKey);

  const send = async (values: ComposeEnquiryInput): Promise<ActionResult<Sent>> => {
    const { file, error } = chosenFile(fileInput.current, ta("tooLarge", { max: ATTACHMENT_MAX_MB }));
    if (error) return { ok: false, code: "validation", fieldErrors: { attachment: error }, formError: null };
    const data = new FormData();
    data.set("organizationId", values.organizationId);
    for (const r of recipientsFor(candidates, values.organizationId).recipients) data.append("recipientIds", r.id);
    data.set("subject", values.subject);
    data.set("message", values.message);
    if (file) data.set("attachment", file);
    data.set("submissionKey", submissionKey);
    return sendEnquiryAction(data);
  };

  const { form, submit, formError, pending } = useActionForm({
    schema: composeEnquirySchema,
    action: send,
    defaultValues: {
      organizationId: defaultSenderId,
      recipientIds: candidates.map((c) => c.id),
      subject: "",
      message: "",
    },
    onSuccess: (data, values) => {
      if (data.enquiryIds.length === 1) {
        router.push({ pathname: `/account/inbox/${data.enquiryIds[0]}`, query: { org: values.organizationId } });
      } else {
        // The confirmation counts each kind of delivery; only what reached somebody is "sent".
        const { members, mailed, mailFailed, undeliverable } = data.counts;
        router.push({
          pathname: "/account/inbox",
          query: {
            org: values.organizationId,
            box: "sent",
            sent: String(members),
            mailed: String(mailed),
            failed: String(mailFailed),
            unreachable: String(undeliverable),
          },
        });
      }
    },
  });
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  const senderId = useWatch({ control: form.control, name: "organizationId" });
  const sender = senders.find((s) => s.id === senderId) ?? senders[0];
  const { recipients, senderRemoved, truncated } = recipientsFor(candidates, sender.id);
  const mailed = recipients.filter((r) => r.route === "mail");
  const unreachable = recipients.filter((r) => r.route === "none");
  const reachable = recipients.length - unreachable.length;

  return (
    <div className="flex flex-col gap-6">
      {senderRemoved ? <FormAlert tone="info">{t("senderRemoved", { company: sender.name })}</FormAlert> : null}
      {truncated ? <FormAlert tone="info">{t("tooMany", { max: ENQUIRY_LIMITS.recipients })}</FormAlert> : null}
      <Card as="section" padding="sm" aria-labelledby="recipients">
        <CardTitle id="recipients">
          {t("recipients", { count: recipients.length })}
        </CardTitle>
        {recipients.length ? (
          <ul className="mt-2 flex flex-wrap gap-2" data-testid="enquiry-recipients">
            {recipients.map((r) => (
              <li key={r.id}>
                <Link
                  href={`/companies/${r.slug}`}
                  className="inline-flex flex-col rounded-md bg-slate-50 px-3 py-1.5 text-sm ring-1 ring-slate-200 hover:bg-slate-100"
                >
                  <span className="font-medium text-slate-900">{r.name}</span>
                  {r.city ? <span className="text-xs text-slate-600">{r.city}</span> : null}
                  {r.route !== "members" ? (
                    <span className="text-xs text-amber-800" data-testid="recipient-route" data-route={r.route}>
                      {r.route === "mail" ? tc("routeMail") : tc("routeNone")}
                    </span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700" data-testid="enquiry-no-recipients">
            {t("onlySenderChosen", { company: sender.name })}
          </p>
        )}
      </Card>
      <Card as="section" padding="sm">
        {mailed.length ? (
          <div className="mb-4" data-testid="enquiry-mail-notice">
            <FormAlert tone="info">{tc("mailNotice", { count: mailed.length })}</FormAlert>
          </div>
        ) : null}
        {unreachable.length ? (
          <div className="mb-4" data-testid="enquiry-unreachable-notice">
            <FormAlert tone="error">
              {reachable
                ? tc("unreachableNotice", { companies: unreachable.map((r) => r.name).join(", ") })
                : tc("noneReachable")}
            </FormAlert>
          </div>
        ) : null}
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
          {errors.recipientIds?.message ? <FormAlert tone="error">{errors.recipientIds.message}</FormAlert> : null}
          {senders.length > 1 ? (
            <SelectField
              label={t("sender")}
              options={senders.map((s) => ({ value: s.id, label: s.name }))}
              error={errors.organizationId?.message}
              data-testid="enquiry-sender"
              {...form.register("organizationId")}
            />
          ) : null}
          {!sender.published && limits.draft !== null ? (
            <div data-testid="enquiry-draft-limit">
              <FormAlert tone="info">
                {t("draftLimit", { company: sender.name, limit: limits.draft, published: limits.published })}{" "}
                <Link
                  href={{ pathname: "/account/company", query: { org: sender.id } }}
                  className="font-medium underline"
                >
                  {t("toProfile")}
                </Link>
              </FormAlert>
            </div>
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
          {reachable ? (
            <div>
              <SubmitButton pending={pending}>
                {pending ? t("sending") : t("submit", { count: reachable })}
              </SubmitButton>
            </div>
          ) : null}
        </form>
      </Card>
    </div>
  );
}

/** A random UUID; crypto.randomUUID exists only on https and localhost, getRandomValues everywhere. */
function newSubmissionKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
