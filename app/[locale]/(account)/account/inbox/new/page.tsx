// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComposeEnquiryForm } from "@/components/enquiries/compose-enquiry-form";
import { FormAlert } from "@/components/forms/form-alert";
import { Card } from "@/components/ui/card";
import { PageHeader, PageTitle } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import type { SearchParams } from "@/lib/auth/page-params";
import { defaultSenderId, recipientsFor } from "@/lib/enquiries/compose";
import { companyDailyLimit, enquiryLimits } from "@/lib/enquiries/limits";
import { enquiryRecipientsBySlug, enquirySenders } from "@/lib/enquiries/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Enquiries.compose" });
  return { title: t("title") };
}

export default async function NewEnquiryPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const raw = (await searchParams).to;
  const slugs = (Array.isArray(raw) ? raw : raw ? [raw] : []).slice(0, 50);
  const user = await requireUser(
    locale,
    `/account/inbox/new${slugs.length ? `?${slugs.map((s) => `to=${encodeURIComponent(s)}`).join("&")}` : ""}`,
  );
  const t = await getTranslations("Enquiries");
  const senders = await enquirySenders(user);
  if (!senders.length) {
    return (
      <div className="flex flex-col gap-4">
        <PageTitle>{t("compose.title")}</PageTitle>
        <p className="text-slate-600">{t("noCompany")}</p>
        <Link href="/account" className="font-medium text-brand-700 underline">
          {t("toAccount")}
        </Link>
      </div>
    );
  }

  const { found, missing } = await enquiryRecipientsBySlug(slugs);
  // Someone in several companies may write to one of them; only the sending company drops out.
  const senderId = defaultSenderId(
    senders.map((s) => s.id),
    found.map((c) => c.id),
  )!;
  const { recipients, senderRemoved } = recipientsFor(found, senderId);
  const limits = enquiryLimits();
  const draftLimit = companyDailyLimit(limits, false);

  return (
    <div className="flex flex-col gap-6">
      <Link
        href={{ pathname: "/account/inbox", query: { org: senderId } }}
        className="text-sm text-brand-700 underline"
      >
        ← {t("thread.back")}
      </Link>
      <PageHeader title={t("compose.title")} description={t("compose.intro")} />
      {missing.length ? <FormAlert tone="info">{t("compose.missing", { count: missing.length })}</FormAlert> : null}

      {recipients.length === 0 ? (
        <div className="flex flex-col gap-4">
          {senderRemoved ? <FormAlert tone="info">{t("compose.ownCompanyRemoved")}</FormAlert> : null}
          <Card>
            <p className="text-slate-700">{t("compose.noRecipients")}</p>
            <Link href="/search" className="mt-2 inline-block font-medium text-brand-700 underline">
              {t("toSearch")}
            </Link>
          </Card>
        </div>
      ) : (
        <ComposeEnquiryForm
          senders={senders.map((s) => ({ id: s.id, name: s.name, published: s.status === "PUBLISHED" }))}
          candidates={found.map((c) => ({ id: c.id, name: c.name, slug: c.slug, city: c.city, route: c.route }))}
          defaultSenderId={senderId}
          limits={{
            draft: draftLimit.scope === "draft" ? draftLimit.limit : null,
            published: limits.dailyRecipients,
          }}
        />
      )}
    </div>
  );
}
