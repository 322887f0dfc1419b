// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader, PageTitle } from "@/components/ui/page-header";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { listMailbox, readStoredMail } from "@/lib/mail/mailbox";
import { settings } from "@/lib/env";
import { isProduction } from "@/lib/env/mode";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

/**
 * Shows what the development mail server (scripts/with-db.ts --dev-mail) received. It exists
 * only in `next dev` with that server running: these mails hold sign-in links for every account.
 */
function mailDir(): string | null {
  if (isProduction()) return null;
  return settings().DEV_MAIL_DIR ?? null;
}

export default async function DevMailboxPage({ params, searchParams }: Props) {
  pageLocale((await params).locale);
  const dir = mailDir();
  if (!dir) notFound();
  const id = firstParam((await searchParams).id);
  const [t, format] = await Promise.all([getTranslations("DevMailbox"), getFormatter()]);

  if (id) {
    const mail = await readStoredMail(dir, id);
    if (!mail) notFound();
    return (
      <article className="flex flex-col gap-4">
        <Link href="/dev/mailbox" className="text-sm font-medium text-brand-700 underline">
          {t("back")}
        </Link>
        <PageTitle>{mail.subject}</PageTitle>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 text-sm">
          <dt className="font-medium">{t("to")}</dt>
          <dd>{mail.to.join(", ")}</dd>
          <dt className="font-medium">{t("received")}</dt>
          <dd>{format.dateTime(new Date(mail.date), { dateStyle: "medium", timeStyle: "medium" })}</dd>
        </dl>
        <h2 className="text-lg font-semibold">{t("textVersion")}</h2>
        <pre className="overflow-x-auto whitespace-pre-wrap rounded-md bg-white p-4 text-sm ring-1 ring-slate-200">{mail.text}</pre>
        {mail.html ? (
          <>
            <h2 className="text-lg font-semibold">{t("htmlVersion")}</h2>
            {/* An empty sandbox: the mail's markup can neither run scripts nor reach this page. */}
            <iframe title={t("htmlVersion")} sandbox="" srcDoc={mail.html} className="h-[32rem] w-full rounded-md bg-white ring-1 ring-slate-200" />
          </>
        ) : null}
      </article>
    );
  }

  const mails = await listMailbox(dir);
  return (
    <section className="flex flex-col gap-4">
      <PageHeader title={t("title")} description={t("intro", { dir })} />
      {mails.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <table className="w-full rounded-md bg-white text-left text-sm ring-1 ring-slate-200">
          <thead>
            <tr>
              <th scope="col" className="p-2">{t("received")}</th>
              <th scope="col" className="p-2">{t("to")}</th>
              <th scope="col" className="p-2">{t("subject")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {mails.map((m) => (
              <tr key={m.id}>
                <td className="whitespace-nowrap p-2">{format.dateTime(new Date(m.date), { dateStyle: "short", timeStyle: "medium" })}</td>
                <td className="p-2">{m.to.join(", ")}</td>
                <td className="p-2">
                  <Link href={{ pathname: "/dev/mailbox", query: { id: m.id } }} className="text-brand-700 underline">
                    {m.subject}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
