// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnsubscribeAlert } from "@/components/saved-searches/unsubscribe-alert";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";
import { alertSubscriptionByToken } from "@/lib/alerts/unsubscribe";
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
 * The unsubscribe link of an alert mail, without signing in, in the language the mails were
 * written in. Rendering changes nothing (RFC 8058: mail scanners and link previews fetch links
 * too); the page switches the alerts off once it runs in the visitor's browser.
 */
export default async function UnsubscribePage({ params }: Props) {
  const { token, locale: raw } = await params;
  const locale = pageLocale(raw);
  const subscription = await alertSubscriptionByToken(db, token);
  if (subscription && subscription.locale !== locale) {
    redirect({ href: `/alerts/unsubscribe/${encodeURIComponent(token)}`, locale: subscription.locale });
  }

  if (!subscription) {
    const t = await getTranslations("Alerts.unsubscribe");
    return (
      <Card as="section" className="mx-auto flex max-w-xl flex-col gap-4">
        <PageTitle compact>{t("invalidTitle")}</PageTitle>
        <p className="text-slate-700">{t("invalidBody")}</p>
        <Link href="/account/saved-searches" className="font-medium text-brand-700 underline">
          {t("manage")}
        </Link>
      </Card>
    );
  }

  return <UnsubscribeAlert token={token} name={subscription.name} alreadyOff={subscription.frequency === "NONE"} />;
}
