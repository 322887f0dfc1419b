// SPDX-License-Identifier: EUPL-1.2
import type { DbTx } from "../db/prisma";
import type { Locale } from "../i18n/routing";
import { toLocale, translatorFor } from "../i18n/translator";
import { renderHtml, renderText, type MailLayout } from "../mail/html";
import type { OutgoingMail } from "../mail/transport";

/**
 * The notice platform admins get about an abuse report, in each admin's language. It names the
 * companies, the subject and the reason, and deliberately has no link to the thread: admins do
 * not read enquiry threads; the report itself keeps a copy of the reported messages.
 */
export interface PlatformAdmin {
  email: string;
  name: string | null;
  locale: string;
}

/** Platform admins with a confirmed address. */
export async function platformAdmins(tx: DbTx): Promise<PlatformAdmin[]> {
  return tx.user.findMany({
    where: { isPlatformAdmin: true, emailVerified: { not: null } },
    orderBy: { createdAt: "asc" },
    select: { email: true, name: true, locale: true },
  });
}

export interface AbuseReportFacts {
  reportId: string;
  reporterCompany: string;
  reportedCompany: string;
  subject: string;
  reason: string;
}

export function abuseReportMail(admin: PlatformAdmin, facts: AbuseReportFacts): OutgoingMail {
  const locale: Locale = toLocale(admin.locale);
  const t = translatorFor(locale);
  const values = {
    reporter: facts.reporterCompany,
    reported: facts.reportedCompany,
    subject: facts.subject,
    id: facts.reportId,
  };
  const subject = t("Enquiries.reportMail.subject", values);
  const name = admin.name?.trim();
  const layout: MailLayout = {
    lang: locale,
    title: subject,
    greeting: name ? t("Mail.greeting", { name }) : t("Mail.greetingNoName"),
    paragraphs: [
      t("Enquiries.reportMail.body", values),
      t("Enquiries.reportMail.subjectLine", values),
      `${t("Enquiries.reportMail.reason")}\n${facts.reason}`,
      t("Enquiries.reportMail.stored", values),
    ],
    after: [t("Enquiries.reportMail.why")],
    signature: t("Mail.signature"),
    footer: t("Mail.footer"),
  };
  return { to: admin.email, subject, text: renderText(layout), html: renderHtml(layout) };
}
