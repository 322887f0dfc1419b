// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { FormAlert } from "@/components/forms/form-alert";
import { PageTitle } from "@/components/ui/page-header";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Auth.reset" });
  return { title: t("title"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  pageLocale((await params).locale);
  const token = firstParam((await searchParams).token);
  const t = await getTranslations("Auth.reset");
  return (
    <section aria-labelledby="reset-title" className="flex flex-col gap-6">
      <header>
        <PageTitle compact id="reset-title">
          {t("title")}
        </PageTitle>
        <p className="mt-2 text-slate-600">{t("intro")}</p>
      </header>
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <FormAlert tone="error">
          {t("invalidLink")}{" "}
          <Link href="/forgot-password" className="font-medium underline">
            {t("requestNew")}
          </Link>
        </FormAlert>
      )}
    </section>
  );
}
