// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { routing } from "@/lib/i18n/routing";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { alternatesFor } from "@/lib/i18n/alternates";
import { clientMessages, PUBLIC_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";
import { publicBaseUrl } from "@/lib/env";
import { BrowserSession } from "@/components/auth/browser-session";

/**
 * No page is rendered during `next build`: the cacheable ones read the database and PUBLIC_URL,
 * which only the running portal has. They are rendered on their first request and then served
 * from Next.js's cache until their data's tag is invalidated (lib/cache/public-queries.ts).
 */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: new URL(publicBaseUrl()),
    title: { default: t("title"), template: `%s · ${t("siteName")}` },
    description: t("description"),
    alternates: alternatesFor(locale, ""),
    openGraph: { siteName: t("siteName"), locale },
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Nav");
  const messages = clientMessages(await getMessages(), PUBLIC_CLIENT_NAMESPACES);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        <NextIntlClientProvider messages={messages}>
          <BrowserSession>
            <a
              href="#main"
              className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
            >
              {t("skipToContent")}
            </a>
            <SiteHeader />
            <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
              {children}
            </main>
            <SiteFooter />
          </BrowserSession>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
