// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/account/sign-out-button";
import { FormAlert } from "@/components/forms/form-alert";
import { AcceptInvitationForm } from "@/components/team/accept-invitation-form";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { pageLocale } from "@/lib/i18n/page-locale";
import { invitationByToken } from "@/lib/team/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Team.accept" });
  return { title: t("title"), referrer: "no-referrer" };
}

export default async function InvitationPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const token = firstParam((await searchParams).token);
  // Signing in (or up) first brings the invitee back here with the token.
  const user = await requireUser(locale, token ? `/account/invitation?token=${encodeURIComponent(token)}` : "/account/invitation");
  const [t, tr, te] = await Promise.all([
    getTranslations("Team.accept"),
    getTranslations("Team.roles"),
    getTranslations("Team.errors"),
  ]);
  const invitation = token ? await invitationByToken(token) : null;

  let body;
  if (!token) body = <FormAlert tone="error">{t("missingToken")}</FormAlert>;
  else if (!invitation) body = <FormAlert tone="error">{te("invitationInvalid")}</FormAlert>;
  else if (invitation.email !== user.email) {
    body = (
      <div className="flex flex-col gap-4">
        <FormAlert tone="error">{t("otherAccount", { email: invitation.email, current: user.email })}</FormAlert>
        <div>
          <SignOutButton
            callbackUrl={`/${locale}/sign-in?${new URLSearchParams({ callbackUrl: `/${locale}/account/invitation?token=${token}` })}`}
          />
        </div>
      </div>
    );
  } else {
    body = (
      <div className="flex flex-col gap-4">
        <p className="text-slate-700">
          {t("intro", {
            inviter: invitation.invitedBy?.name ?? invitation.invitedBy?.email ?? "–",
            organization: invitation.organization.name,
            kind: invitation.organization.kind,
            role: tr(invitation.role),
          })}
        </p>
        <AcceptInvitationForm token={token} organizationName={invitation.organization.name} organizationKind={invitation.organization.kind} />
      </div>
    );
  }

  return (
    <Card as="section" aria-labelledby="invitation-title" className="mx-auto flex w-full max-w-xl flex-col gap-6">
      <PageTitle compact id="invitation-title">
        {t("title")}
      </PageTitle>
      {body}
    </Card>
  );
}
