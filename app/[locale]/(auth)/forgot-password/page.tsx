// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { PageTitle } from "@/components/ui/page-header";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Auth.forgot" });
  return { title: t("title") };
}

export default async function ForgotPasswordPage({ params }: Props) {
  pageLocale((await params).locale);
  const t = await getTranslations("Auth.forgot");
  return (
    <section aria-labelledby="forgot-title" className="flex flex-col gap-6">
      <header>
        <PageTitle compact id="forgot-title">
          {t("title")}
        </PageTitle>
        <p className="mt-2 text-slate-600">{t("intro")}</p>
      </header>
      <ForgotPasswordForm />
      <Link href="/sign-in" className="text-sm font-medium text-brand-700 underline">
        {t("backToSignIn")}
      </Link>
    </section>
  );
}
