// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FormAlert } from "@/components/forms/form-alert";
import { DeleteAccountForm } from "@/components/privacy/delete-account-form";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { accountDeletionPreview } from "@/lib/privacy/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Privacy" });
  return { title: t("title") };
}

export default async function AccountPrivacyPage({ params }: Props) {
  const locale = pageLocale((await params).locale);
  const user = await requireUser(locale, "/account/privacy");
  const [t, preview] = await Promise.all([getTranslations("Privacy"), accountDeletionPreview(user.id)]);
  return (
    <div className="flex flex-col gap-8">
      <header>
        <PageTitle>{t("title")}</PageTitle>
        <p className="mt-1 text-slate-600">
          {t.rich("intro", {
            policy: (chunks) => (
              <Link href="/privacy" className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </header>

      <Card as="section" aria-labelledby="export" className="max-w-2xl">
        <CardTitle id="export">
          {t("export.title")}
        </CardTitle>
        <p className="mb-4 mt-1 text-slate-600">{t("export.intro")}</p>
        {/* A plain link: the browser downloads the file with the session cookie, no script needed. */}
        <Button
          external
          href="/api/account/export"
          download
        >
          {t("export.download")}
        </Button>
      </Card>

      <section aria-labelledby="delete-account" className="max-w-2xl rounded-lg bg-white p-6 ring-1 ring-red-200">
        <h2 id="delete-account" className="text-lg font-semibold text-red-800">
          {t("deleteAccount.title")}
        </h2>
        <p className="mt-1 text-slate-700">{t("deleteAccount.intro")}</p>
        {preview.needsNewOwner.length ? (
          <div className="mt-4">
            <FormAlert tone="error">
              {t("deleteAccount.transferFirst", { companies: preview.needsNewOwner.map((o) => o.name).join(", ") })}{" "}
              <Link
                href={{ pathname: "/account/team", query: { org: preview.needsNewOwner[0].id } }}
                className="underline"
              >
                {t("deleteAccount.toTeam")}
              </Link>
            </FormAlert>
          </div>
        ) : null}
        {preview.deletedWithAccount.length ? (
          <div className="mt-4 text-sm text-slate-700">
            <p>{t("deleteAccount.companiesDeleted", { count: preview.deletedWithAccount.length })}</p>
            <ul className="mt-1 list-inside list-disc">
              {preview.deletedWithAccount.map((o) => (
                <li key={o.id}>{o.name}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="mt-4">
          <DeleteAccountForm blocked={preview.needsNewOwner.length > 0} />
        </div>
      </section>
    </div>
  );
}
