// SPDX-License-Identifier: EUPL-1.2
import type { DbTx } from "../db/prisma";
import { pickLocalized, type Trilingual } from "../i18n/localized";
import type { Locale } from "../i18n/routing";
import { toLocale, translatorFor } from "../i18n/translator";
import { renderHtml, renderText, type MailLayout } from "../mail/html";
import { portalUrl } from "../mail/templates";
import { sendMail, type OutgoingMail } from "../mail/transport";

/**
 * What the moderation tells a company: a warning, or that something of theirs was taken down
 * or that it may no longer send enquiries. Each member gets the mail in their own language;
 * the moderator's reason is quoted as written, since it is the company's to read.
 */
export type ModerationNoticeKind = "WARN" | "UNPUBLISH_LISTING" | "UNPUBLISH_PROFILE" | "SUSPEND_ENQUIRIES";

interface Recipient {
  email: string;
  name: string | null;
  locale: string;
}

/** Every member of the company with a confirmed address: a warning concerns the whole team. */
export async function companyMembers(tx: DbTx, organizationId: string): Promise<Recipient[]> {
  const memberships = await tx.membership.findMany({
    where: { organizationId, user: { emailVerified: { not: null } } },
    orderBy: { createdAt: "asc" },
    select: { user: { select: { email: true, name: true, locale: true } } },
  });
  return memberships.map((m) => m.user);
}

export function moderationNoticeMail(
  member: Recipient,
  facts: {
    kind: ModerationNoticeKind;
    company: string;
    organizationId: string;
    reason: string;
    listingTitle?: Trilingual | null;
  },
): OutgoingMail {
  const locale: Locale = toLocale(member.locale);
  const t = translatorFor(locale);
  // The listing's title in the member's language where the company wrote one.
  const listing = facts.listingTitle ? (pickLocalized(facts.listingTitle, locale)?.text ?? "") : "";
  const values = { company: facts.company, listing };
  const subject = t(`Moderation.mail.${facts.kind}.subject`, values);
  const name = member.name?.trim();
  const layout: MailLayout = {
    lang: locale,
    title: subject,
    greeting: name ? t("Mail.greeting", { name }) : t("Mail.greetingNoName"),
    paragraphs: [t(`Moderation.mail.${facts.kind}.body`, values), `${t("Moderation.mail.reason")}\n${facts.reason}`],
    action: {
      label: t("Moderation.mail.action"),
      url: portalUrl(locale, "/account/company", { org: facts.organizationId }),
    },
    after: [t("Moderation.mail.contact")],
    signature: t("Mail.signature"),
    footer: t("Mail.footer"),
  };
  return { to: member.email, subject, text: renderText(layout), html: renderHtml(layout) };
}

/** After the transaction: the decision stands either way, so a mail failure is logged, not thrown. */
export async function deliverModerationMails(mails: readonly OutgoingMail[]): Promise<void> {
  const results = await Promise.allSettled(mails.map((m) => sendMail(m)));
  results.forEach((r, i) => {
    if (r.status === "rejected")
      console.error(`[mail] sending "${mails[i].subject}" failed: ${(r.reason as Error).message}`);
  });
}
