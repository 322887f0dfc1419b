import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResubscribeButtons } from "@/components/saved-searches/resubscribe-buttons";
import { unsubscribeByToken } from "@/lib/alerts/unsubscribe";
import { db } from "@/lib/db";
import { Link, redirect } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Alerts.unsubscribe" });
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/**
 * The unsubscribe link of an alert mail: opening it switches that search's mails off, without
 * signing in, and says so in the language the mails were written in.
 */
export default async function UnsubscribePage({ params }: Props) {
  const { token, locale: raw } = await params;
  const locale = pageLocale(raw);
  const subscription = await unsubscribeByToken(db, token);
  if (subscription && subscription.locale !== locale) {
    redirect({ href: `/alerts/unsubscribe/${encodeURIComponent(token)}`, locale: subscription.locale });
  }
  const t = await getTranslations("Alerts.unsubscribe");

  if (!subscription) {
    return (
      <section className="mx-auto flex max-w-xl flex-col gap-4 rounded-lg bg-white p-6 ring-1 ring-slate-200">
        <h1 className="text-2xl font-bold tracking-tight">{t("invalidTitle")}</h1>
        <p className="text-slate-700">{t("invalidBody")}</p>
        <Link href="/account/saved-searches" className="font-medium text-brand-700 underline">
          {t("manage")}
        </Link>
      </section>
    );
  }

  return (
    <section
      className="mx-auto flex max-w-xl flex-col gap-4 rounded-lg bg-white p-6 ring-1 ring-slate-200"
      data-testid="alert-unsubscribed"
    >
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      <p className="text-slate-700">{t("body", { name: subscription.name })}</p>
      <ResubscribeButtons token={token} />
      <Link href="/account/saved-searches" className="text-sm font-medium text-brand-700 underline">
        {t("manage")}
      </Link>
    </section>
  );
}
