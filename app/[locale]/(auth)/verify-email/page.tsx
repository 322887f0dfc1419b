// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";
import { FormAlert } from "@/components/forms/form-alert";
import { PageTitle } from "@/components/ui/page-header";
import { firstParam, safeCallbackUrl, type SearchParams } from "@/lib/auth/page-params";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Auth.verify" });
  return { title: t("title"), referrer: "no-referrer" };
}

export default async function VerifyEmailPage({ params, searchParams }: Props) {
  pageLocale((await params).locale);
  const query = await searchParams;
  const token = firstParam(query.token);
  const t = await getTranslations("Auth.verify");
  return (
    <section aria-labelledby="verify-title" className="flex flex-col gap-6">
      <PageTitle compact id="verify-title">
        {t("title")}
      </PageTitle>
      {token ? (
        <VerifyEmailForm token={token} callbackUrl={safeCallbackUrl(query.callbackUrl)} />
      ) : (
        <FormAlert tone="error">{t("missingToken")}</FormAlert>
      )}
    </section>
  );
}
