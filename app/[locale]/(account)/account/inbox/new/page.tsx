import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComposeEnquiryForm } from "@/components/enquiries/compose-enquiry-form";
import { FormAlert } from "@/components/forms/form-alert";
import { requireUser } from "@/lib/auth/guards";
import type { SearchParams } from "@/lib/auth/page-params";
import { enquiryRecipientsBySlug, enquirySenders } from "@/lib/enquiries/queries";
import { ENQUIRY_LIMITS } from "@/lib/enquiries/schema";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Enquiries.compose" });
  return { title: t("title"), robots: { index: false } };
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
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("compose.title")}</h1>
        <p className="text-slate-600">{t("noCompany")}</p>
        <Link href="/account" className="font-medium text-brand-700 underline">
          {t("toAccount")}
        </Link>
      </div>
    );
  }

  const { found, missing } = await enquiryRecipientsBySlug(slugs);
  // The user's own companies are never recipients, whichever of them sends.
  const own = new Set(user.memberships.map((m) => m.organizationId));
  const others = found.filter((c) => !own.has(c.id));
  const recipients = others.slice(0, ENQUIRY_LIMITS.recipients);

  return (
    <div className="flex flex-col gap-6">
      <Link
        href={{ pathname: "/account/inbox", query: { org: senders[0].id } }}
        className="text-sm text-brand-700 underline"
      >
        ← {t("thread.back")}
      </Link>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("compose.title")}</h1>
        <p className="text-slate-600">{t("compose.intro")}</p>
      </header>
      {missing.length ? <FormAlert tone="info">{t("compose.missing", { count: missing.length })}</FormAlert> : null}
      {others.length < found.length ? <FormAlert tone="info">{t("compose.ownCompanyRemoved")}</FormAlert> : null}
      {others.length > recipients.length ? (
        <FormAlert tone="info">{t("compose.tooMany", { max: ENQUIRY_LIMITS.recipients })}</FormAlert>
      ) : null}

      {recipients.length === 0 ? (
        <div className="rounded-lg bg-white p-6 ring-1 ring-slate-200">
          <p className="text-slate-700">{t("compose.noRecipients")}</p>
          <Link href="/search" className="mt-2 inline-block font-medium text-brand-700 underline">
            {t("toSearch")}
          </Link>
        </div>
      ) : (
        <>
          <section aria-labelledby="recipients" className="rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:p-6">
            <h2 id="recipients" className="text-lg font-semibold">
              {t("compose.recipients", { count: recipients.length })}
            </h2>
            <ul className="mt-2 flex flex-wrap gap-2" data-testid="enquiry-recipients">
              {recipients.map((r) => (
                <li key={r.id}>
                  <Link
                    href={`/companies/${r.slug}`}
                    className="inline-flex flex-col rounded-md bg-slate-50 px-3 py-1.5 text-sm ring-1 ring-slate-200 hover:bg-slate-100"
                  >
                    <span className="font-medium text-slate-900">{r.name}</span>
                    {r.city ? <span className="text-xs text-slate-600">{r.city}</span> : null}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          <section className="rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:p-6">
            <ComposeEnquiryForm
              senders={senders.map((s) => ({ id: s.id, name: s.name }))}
              recipientIds={recipients.map((r) => r.id)}
            />
          </section>
        </>
      )}
    </div>
  );
}
