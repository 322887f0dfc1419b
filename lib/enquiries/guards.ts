// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { ActionError } from "../actions/safe-action";
import type { DbTx } from "../db/prisma";
import type { Locale } from "../i18n/routing";
import type { MessageKey } from "../i18n/translator";
import { otherSide, sideOf, type ThreadSide } from "./access";
import { checkAttachment, type CheckedAttachment } from "./attachment";
import type { DailyLimitScope, SendingRejection } from "./limits";
import { ATTACHMENT_MAX_BYTES } from "./constants";

/**
 * Checks shared by the enquiry actions. A thread is acted on by one of its two companies, named
 * in the input. The action's `authorize` has checked the caller's permission for that company
 * before: in another company's name every thread id gets the same answer, so nobody learns
 * which threads that company has. A thread of other companies is "not_found" here.
 */
export async function threadForAction(tx: DbTx, p: { enquiryId: string; organizationId: string }) {
  const enquiry = await tx.enquiry.findUnique({
    where: { id: p.enquiryId },
    select: {
      id: true,
      subject: true,
      status: true,
      senderOrganizationId: true,
      recipientOrganizationId: true,
      delivery: true,
      senderOrganization: { select: { id: true, name: true } },
      recipientOrganization: { select: { id: true, name: true } },
    },
  });
  const side = enquiry ? sideOf(enquiry, p.organizationId) : null;
  if (!enquiry || !side) throw new ActionError("not_found");
  const own = side === "sender" ? enquiry.senderOrganization : enquiry.recipientOrganization;
  const other = side === "sender" ? enquiry.recipientOrganization : enquiry.senderOrganization;
  return { enquiry, side: side as ThreadSide, own, other, otherOrganizationId: otherSide(enquiry, side) };
}

/** The uploaded file, checked by content; null when none was sent. */
export async function attachmentOrThrow(file: Blob | null): Promise<CheckedAttachment | null> {
  if (!file) return null;
  const checked = await checkAttachment(file);
  if (!checked.ok) {
    throw new ActionError("validation", {
      field: "attachment",
      message: `Enquiries.errors.attachment.${checked.problem}`,
      values: { max: ATTACHMENT_MAX_BYTES / (1024 * 1024) },
    });
  }
  return checked.attachment;
}

const PORTAL_TIME_ZONE = "Europe/Berlin";

/** "14:35", or "26.11.2026, 14:35" when it is not today in the portal's time zone. */
export function formatRetryTime(at: Date, now: Date, locale: Locale): string {
  const day = (d: Date) => d.toLocaleDateString("en-CA", { timeZone: PORTAL_TIME_ZONE });
  const sameDay = day(at) === day(now);
  return new Intl.DateTimeFormat(locale, {
    timeZone: PORTAL_TIME_ZONE,
    ...(sameDay ? { timeStyle: "short" } : { dateStyle: "medium", timeStyle: "short" }),
  }).format(at);
}

/** The message a turned-away sender sees: which limit, and when they can try again. */
export function rejectionError(rejection: SendingRejection, locale: Locale, now: Date): ActionError {
  switch (rejection.reason) {
    case "BLOCKED":
      return new ActionError("forbidden", {
        message: "Enquiries.errors.blocked",
        values: { companies: new Intl.ListFormat(locale, { type: "conjunction" }).format(rejection.blockers) },
      });
    case "COOLDOWN":
      return new ActionError("rate_limited", {
        message: "Enquiries.errors.cooldown",
        values: {
          minutes: rejection.minutes,
          wait: Math.max(1, Math.ceil((rejection.retryAt.getTime() - now.getTime()) / 60_000)),
          time: formatRetryTime(rejection.retryAt, now, locale),
        },
      });
    case "DAILY_LIMIT": {
      const key = DAILY_LIMIT_MESSAGES[rejection.scope];
      const values = { limit: rejection.limit, published: rejection.publishedLimit };
      return rejection.retryAt
        ? new ActionError("rate_limited", {
            message: key.later,
            values: {
              ...values,
              remaining: rejection.remaining,
              time: formatRetryTime(rejection.retryAt, now, locale),
            },
          })
        : new ActionError("rate_limited", { message: key.tooMany, values });
    }
  }
}

const DAILY_LIMIT_MESSAGES: Record<DailyLimitScope, { later: MessageKey; tooMany: MessageKey }> = {
  company: { later: "Enquiries.errors.dailyLimit", tooMany: "Enquiries.errors.dailyLimitTooMany" },
  draft: { later: "Enquiries.errors.dailyLimitDraft", tooMany: "Enquiries.errors.dailyLimitDraftTooMany" },
  user: { later: "Enquiries.errors.dailyLimitUser", tooMany: "Enquiries.errors.dailyLimitUserTooMany" },
};
