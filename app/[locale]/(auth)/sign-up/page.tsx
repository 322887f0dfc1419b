// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { PageTitle } from "@/components/ui/page-header";
import { redirectIfSignedIn } from "@/lib/auth/guards";
import { safeCallbackUrl, type SearchParams } from "@/lib/auth/page-params";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Auth.signUp" });
  return { title: t("title") };
}

export default async function SignUpPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  await redirectIfSignedIn(locale, callbackUrl);
  const t = await getTranslations("Auth.signUp");
  return (
    <section aria-labelledby="sign-up-title" className="flex flex-col gap-6">
      <header>
        <PageTitle compact id="sign-up-title">
          {t("title")}
        </PageTitle>
        <p className="mt-2 text-slate-600">{t("intro")}</p>
      </header>
      <SignUpForm callbackUrl={callbackUrl} />
      <p className="text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link href={{ pathname: "/sign-in", query: callbackUrl ? { callbackUrl } : {} }} className="font-medium text-brand-700 underline">
          {t("signInLink")}
        </Link>
      </p>
    </section>
  );
}
