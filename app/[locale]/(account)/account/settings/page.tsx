// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangeEmailForm } from "@/components/account/change-email-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutButton } from "@/components/account/sign-out-button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Account.settings" });
  return { title: t("title") };
}

export default async function SettingsPage({ params }: Props) {
  const locale = pageLocale((await params).locale);
  const user = await requireUser(locale, "/account/settings");
  const t = await getTranslations("Account.settings");
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <PageTitle>{t("title")}</PageTitle>
        <SignOutButton />
      </header>
      <Card as="section" aria-labelledby="change-email" className="max-w-xl">
        <CardTitle id="change-email">
          {t("emailTitle")}
        </CardTitle>
        <p className="mb-4 mt-1 text-slate-600">{t("emailCurrent", { email: user.email })}</p>
        <ChangeEmailForm />
      </Card>
      <Card as="section" aria-labelledby="change-password" className="max-w-xl">
        <CardTitle id="change-password">
          {t("passwordTitle")}
        </CardTitle>
        <p className="mb-4 mt-1 text-slate-600">{t("passwordIntro")}</p>
        <ChangePasswordForm />
      </Card>
    </div>
  );
}
