// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";
import { ENQUIRY_LIMITS } from "./constants";

/**
 * Enquiries (requests for quotation) and their threads. The compose and reply forms check their
 * text fields with the same schemas as the actions; files are checked by content on the server
 * (see attachment.ts). Messages come from `Validation`; rules that need their own wording
 * (recipients, files, spam limits) answer from the actions with `Enquiries.errors.*`.
 */
export { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_BYTES, ENQUIRY_LIMITS } from "./constants";

const idField = z.string().min(1).max(64);
// One line: the subject also becomes the subject of notification mails.
const subjectField = z
  .string()
  .trim()
  .min(1)
  .max(ENQUIRY_LIMITS.subject)
  .transform((s) => s.replace(/\s+/g, " "));
const messageField = z.string().trim().min(1).max(ENQUIRY_LIMITS.message);

/** The compose form's fields. Duplicates are fine here; the action collapses them. */
export const composeEnquirySchema = z.object({
  organizationId: idField,
  // Room for duplicates from a hand-made link; the action counts distinct companies.
  recipientIds: z
    .array(idField)
    .min(1)
    .max(ENQUIRY_LIMITS.recipients * 5),
  subject: subjectField,
  message: messageField,
});

export const replyFieldsSchema = z.object({
  enquiryId: idField,
  organizationId: idField,
  message: messageField,
});

/** A browser sends an empty, nameless file when nothing was chosen; that means no attachment. */
const attachmentField = z
  .instanceof(Blob)
  .nullish()
  .transform((file) => (file && (file.size > 0 || (file instanceof File && file.name)) ? file : null));

export type ComposeEnquiryInput = z.input<typeof composeEnquirySchema>;
export type ReplyFieldsInput = z.input<typeof replyFieldsSchema>;

function fromFormData(form: FormData, lists: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) out[key] = lists.includes(key) ? form.getAll(key) : form.get(key);
  return out;
}

/**
 * Files reach a server action as multipart form data; tests and scripts may pass an object with
 * a File instead. Both end up as the same parsed object.
 */
function formOrObject<S extends z.ZodType<unknown, Record<string, unknown>>>(full: S, lists: readonly string[] = []) {
  return z
    .union([z.instanceof(FormData), z.custom<z.input<S>>((v) => typeof v === "object" && v !== null)])
    .transform(
      (value): Record<string, unknown> =>
        value instanceof FormData ? fromFormData(value, lists) : (value as Record<string, unknown>),
    )
    .pipe(full);
}

export const sendEnquirySchema = formOrObject(
  composeEnquirySchema.extend({
    attachment: attachmentField,
    // Made once per form (see compose-enquiry-form.tsx); scripts and old forms may leave it out.
    submissionKey: z.uuid().nullish(),
  }),
  ["recipientIds"],
);
export const replyToEnquirySchema = formOrObject(replyFieldsSchema.extend({ attachment: attachmentField }));

/** Close, reopen: the thread and the company acting in it. */
export const enquiryRefSchema = z.object({ enquiryId: idField, organizationId: idField });

export const reportEnquirySchema = enquiryRefSchema.extend({
  reason: z.string().trim().min(10).max(ENQUIRY_LIMITS.reason),
});

/** Block or unblock: who blocks, and which company. */
export const companyBlockSchema = z.object({ organizationId: idField, blockedOrganizationId: idField });

export type ReportEnquiryInput = z.input<typeof reportEnquirySchema>;
