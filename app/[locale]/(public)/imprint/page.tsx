// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MissingOperatorNotice, OperatorValue } from "@/components/legal/operator-value";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";
import { alternatesFor } from "@/lib/i18n/alternates";
import { pageLocale } from "@/lib/i18n/page-locale";
import { missingOperatorFields, operatorDetails } from "@/lib/legal/operator";

// Operator details come from the environment of the running server, not of the build.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Imprint" });
  return { title: t("title"), alternates: alternatesFor(locale, "/imprint") };
}

export default async function ImprintPage({ params }: Props) {
  pageLocale((await params).locale);
  const t = await getTranslations("Imprint");
  const op = operatorDetails();
  const rows = [
    {
      label: t("provider"),
      value: (
        <>
          <span className="block">
            <OperatorValue field={op.name} />
          </span>
          <OperatorValue field={op.address} multiline />
        </>
      ),
    },
    { label: t("representative"), value: <OperatorValue field={op.representative} /> },
    {
      label: t("contact"),
      value: (
        <>
          <span className="block">
            {t("email")}: <OperatorValue field={op.email} link="mailto" />
          </span>
          {op.phone.value ? (
            <span className="block">
              {t("phone")}: <OperatorValue field={op.phone} link="tel" />
            </span>
          ) : null}
        </>
      ),
    },
    ...(op.register.value ? [{ label: t("register"), value: <OperatorValue field={op.register} /> }] : []),
    ...(op.vatId.value ? [{ label: t("vatId"), value: <OperatorValue field={op.vatId} /> }] : []),
    { label: t("contentResponsible"), value: <OperatorValue field={op.contentResponsible} /> },
  ];
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-6">
      <PageTitle>{t("title")}</PageTitle>
      <MissingOperatorNotice missing={missingOperatorFields(op)} />
      <Card as="dl" className="flex flex-col gap-4">
        {rows.map((r) => (
          <div key={r.label}>
            <dt className="text-sm font-medium text-slate-500">{r.label}</dt>
            <dd className="mt-1">{r.value}</dd>
          </div>
        ))}
      </Card>
      {(["userContent", "liability", "disputes"] as const).map((section) => (
        <section key={section} aria-labelledby={`imprint-${section}`}>
          <h2 id={`imprint-${section}`} className="text-lg font-semibold">
            {t(`${section}.title`)}
          </h2>
          <p className="mt-2 text-slate-700">{t(`${section}.text`)}</p>
        </section>
      ))}
    </article>
  );
}
