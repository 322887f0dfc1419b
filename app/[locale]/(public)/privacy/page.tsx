// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MissingOperatorNotice, OperatorValue } from "@/components/legal/operator-value";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { alternatesFor } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { missingOperatorFields, operatorDetails } from "@/lib/legal/operator";

// Operator details come from the environment of the running server, not of the build.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

const SECTIONS = [
  "overview",
  "serverLogs",
  "statistics",
  "cookies",
  "account",
  "profiles",
  "team",
  "events",
  "mail",
  "recipients",
  "retention",
  "rights",
  "complaint",
  "changes",
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "PrivacyPolicy" });
  return { title: t("title"), alternates: alternatesFor(locale, "/privacy") };
}

export default async function PrivacyPolicyPage({ params }: Props) {
  pageLocale((await params).locale);
  const t = await getTranslations("PrivacyPolicy");
  const op = operatorDetails();
  const paragraphs = (text: string) =>
    text.split(/\n{2,}/).map((p, i) => (
      <p key={i} className="mt-2 whitespace-pre-line text-slate-700">
        {p}
      </p>
    ));
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <MissingOperatorNotice missing={missingOperatorFields(op)} />

      <section aria-labelledby="privacy-controller">
        <h2 id="privacy-controller" className="text-lg font-semibold">
          {t("controller.title")}
        </h2>
        <p className="mt-2 text-slate-700">{t("controller.text")}</p>
        <Card as="address" className="mt-3 p-4 not-italic">
          <span className="block">
            <OperatorValue field={op.name} />
          </span>
          <OperatorValue field={op.address} multiline />
          <span className="mt-2 block">
            {t("controller.email")}: <OperatorValue field={op.privacyContact} link="mailto" />
          </span>
          {op.dataProtectionOfficer.value ? (
            <span className="block">
              {t("controller.dpo")}: <OperatorValue field={op.dataProtectionOfficer} />
            </span>
          ) : null}
        </Card>
      </section>

      {SECTIONS.map((id) => (
        <section key={id} aria-labelledby={`privacy-${id}`}>
          <h2 id={`privacy-${id}`} className="text-lg font-semibold">
            {t(`${id}.title`)}
          </h2>
          {paragraphs(t(`${id}.text`))}
          {id === "rights" ? (
            <p className="mt-2">
              <Link href="/account/privacy" className="font-medium text-brand-700 underline">
                {t("rights.selfService")}
              </Link>
            </p>
          ) : null}
        </section>
      ))}
    </article>
  );
}
