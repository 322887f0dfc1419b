// SPDX-License-Identifier: EUPL-1.2
/** Limits shared by forms, the search page's selection and the actions; free of dependencies for small client bundles. */
export const ENQUIRY_LIMITS = { subject: 200, message: 5_000, recipients: 10, reason: 2_000 } as const;

/** Attachments: one PDF or image (PNG, JPEG, WebP) per message. */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_ACCEPT = "application/pdf,image/png,image/jpeg,image/webp,.pdf,.png,.jpg,.jpeg,.webp";

/** Shown as the author of messages whose writer has deleted their account. */
export const DELETED_AUTHOR_NAME = "—";
