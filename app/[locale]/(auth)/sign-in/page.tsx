// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { PageTitle } from "@/components/ui/page-header";
import { redirectIfSignedIn } from "@/lib/auth/guards";
import { firstParam, safeCallbackUrl, type SearchParams } from "@/lib/auth/page-params";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Auth.signIn" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const query = await searchParams;
  const callbackUrl = safeCallbackUrl(query.callbackUrl);
  await redirectIfSignedIn(locale, callbackUrl);
  const t = await getTranslations("Auth.signIn");
  const notice = firstParam(query.notice) === "password-changed" ? t("passwordChanged") : undefined;
  return (
    <section aria-labelledby="sign-in-title" className="flex flex-col gap-6">
      <header>
        <PageTitle compact id="sign-in-title">
          {t("title")}
        </PageTitle>
        <p className="mt-2 text-slate-600">{t("intro")}</p>
      </header>
      <SignInForm callbackUrl={callbackUrl} notice={notice} />
      <p className="text-sm text-slate-700">
        {t("noAccount")}{" "}
        <Link href={{ pathname: "/sign-up", query: callbackUrl ? { callbackUrl } : {} }} className="font-medium text-brand-700 underline">
          {t("signUpLink")}
        </Link>
      </p>
    </section>
  );
}
