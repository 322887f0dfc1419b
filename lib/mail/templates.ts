// SPDX-License-Identifier: EUPL-1.2
import { publicBaseUrl } from "../env";
import type { Locale } from "../i18n/routing";
import { translatorFor } from "../i18n/translator";
import type { MembershipRole, OrganizationKind } from "../generated/prisma/enums";
import { renderHtml, renderText, type MailLayout } from "./html";
import type { OutgoingMail } from "./transport";
import { TOKEN_LIFETIME_MS } from "../auth/tokens";

/** Absolute link into the portal in the recipient's language. */
export function portalUrl(locale: Locale, path: string, query: Record<string, string | undefined> = {}): string {
  const base = publicBaseUrl();
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1]));
  const qs = params.size ? `?${params}` : "";
  return `${base}/${locale}${path}${qs}`;
}

const hours = (ms: number) => Math.round(ms / 3600_000);

function compose(
  locale: Locale,
  to: string,
  name: string | null | undefined,
  build: (t: ReturnType<typeof translatorFor>) => Pick<MailLayout, "paragraphs" | "action" | "after"> & { subject: string },
): OutgoingMail {
  const t = translatorFor(locale);
  const { subject, ...content } = build(t);
  const layout: MailLayout = {
    lang: locale,
    title: subject,
    greeting: name?.trim() ? t("Mail.greeting", { name: name.trim() }) : t("Mail.greetingNoName"),
    signature: t("Mail.signature"),
    footer: t("Mail.footer"),
    ...content,
  };
  return { to, subject, text: renderText(layout), html: renderHtml(layout) };
}

export function verifyEmailMail(p: { locale: Locale; to: string; name: string | null; url: string }): OutgoingMail {
  return compose(p.locale, p.to, p.name, (t) => ({
    subject: t("Mail.verifyEmail.subject"),
    paragraphs: [t("Mail.verifyEmail.body")],
    action: { label: t("Mail.verifyEmail.action"), url: p.url },
    after: [t("Mail.linkValidHours", { hours: hours(TOKEN_LIFETIME_MS.VERIFY_EMAIL) }), t("Mail.notYou")],
  }));
}

export function accountExistsMail(p: {
  locale: Locale;
  to: string;
  name: string | null;
  signInUrl: string;
  resetUrl: string;
}): OutgoingMail {
  return compose(p.locale, p.to, p.name, (t) => ({
    subject: t("Mail.accountExists.subject"),
    paragraphs: [t("Mail.accountExists.body")],
    action: { label: t("Mail.accountExists.action"), url: p.signInUrl },
    after: [`${t("Mail.accountExists.forgotPassword")}\n${p.resetUrl}`, t("Mail.notYou")],
  }));
}

export function passwordResetMail(p: { locale: Locale; to: string; name: string | null; url: string }): OutgoingMail {
  return compose(p.locale, p.to, p.name, (t) => ({
    subject: t("Mail.passwordReset.subject"),
    paragraphs: [t("Mail.passwordReset.body")],
    action: { label: t("Mail.passwordReset.action"), url: p.url },
    after: [
      t("Mail.linkValidMinutes", { minutes: Math.round(TOKEN_LIFETIME_MS.RESET_PASSWORD / 60_000) }),
      t("Mail.notYou"),
    ],
  }));
}

export function confirmEmailChangeMail(p: { locale: Locale; to: string; name: string | null; url: string }): OutgoingMail {
  return compose(p.locale, p.to, p.name, (t) => ({
    subject: t("Mail.confirmEmailChange.subject"),
    paragraphs: [t("Mail.confirmEmailChange.body")],
    action: { label: t("Mail.confirmEmailChange.action"), url: p.url },
    after: [t("Mail.linkValidHours", { hours: hours(TOKEN_LIFETIME_MS.CHANGE_EMAIL) }), t("Mail.notYou")],
  }));
}

export function emailChangedMail(p: { locale: Locale; to: string; name: string | null; newEmail: string }): OutgoingMail {
  return compose(p.locale, p.to, p.name, (t) => ({
    subject: t("Mail.emailChanged.subject"),
    paragraphs: [t("Mail.emailChanged.body", { newEmail: p.newEmail })],
    after: [t("Mail.securityNotice")],
  }));
}

export function passwordChangedMail(p: { locale: Locale; to: string; name: string | null }): OutgoingMail {
  return compose(p.locale, p.to, p.name, (t) => ({
    subject: t("Mail.passwordChanged.subject"),
    paragraphs: [t("Mail.passwordChanged.body")],
    after: [t("Mail.securityNotice")],
  }));
}

export function invitationMail(p: {
  locale: Locale;
  to: string;
  inviterName: string;
  organizationName: string;
  /** A firm's team or an institution's: Czech, German and English name them differently. */
  organizationKind: OrganizationKind;
  role: MembershipRole;
  url: string;
}): OutgoingMail {
  return compose(p.locale, p.to, null, (t) => ({
    subject: t("Mail.invitation.subject", { organization: p.organizationName, kind: p.organizationKind }),
    paragraphs: [
      t("Mail.invitation.body", {
        inviter: p.inviterName,
        organization: p.organizationName,
        kind: p.organizationKind,
        role: t(`Team.roles.${p.role}`),
      }),
      t("Mail.invitation.howTo"),
    ],
    action: { label: t("Mail.invitation.action"), url: p.url },
    after: [t("Mail.linkValidDays", { days: Math.round(TOKEN_LIFETIME_MS.INVITATION / 86_400_000) })],
  }));
}
