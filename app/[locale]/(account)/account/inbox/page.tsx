// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import clsx from "clsx";
import { getFormatter, getTranslations } from "next-intl/server";
import { CompanySwitcher } from "@/components/company-editor/company-switcher";
import { BlockToggle } from "@/components/enquiries/block-toggle";
import { InboxThreadList } from "@/components/enquiries/inbox-thread-list";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader, PageTitle } from "@/components/ui/page-header";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { accountCompany } from "@/lib/companies/account-context";
import { blockedCompanies, INBOX_BOXES, inboxThreads, unreadForCompany, type InboxBox } from "@/lib/enquiries/queries";
import { parsePage } from "@/lib/http/params";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Enquiries" });
  return { title: t("title") };
}

export default async function InboxPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const query = await searchParams;
  const requested = firstParam(query.org);
  const { user, companies, current } = await accountCompany(locale, "/account/inbox", requested);
  const [t, format] = await Promise.all([getTranslations("Enquiries"), getFormatter()]);
  if (!current) {
    return (
      <div className="flex flex-col gap-4">
        <PageTitle>{t("title")}</PageTitle>
        <p className="text-slate-600">{t("noCompany")}</p>
        <Link href="/account" className="font-medium text-brand-700 underline">
          {t("toAccount")}
        </Link>
      </div>
    );
  }
  const requestedBox = firstParam(query.box);
  const box: InboxBox = INBOX_BOXES.includes(requestedBox as InboxBox) ? (requestedBox as InboxBox) : "all";
  const [inbox, unread, blocked] = await Promise.all([
    inboxThreads(user, current.id, { box, page: parsePage(query.page) }),
    unreadForCompany(user, current.id),
    blockedCompanies(user, current.id),
  ]);
  const sent = Number(firstParam(query.sent));
  // After sending to several companies: how many were reached, and how (see compose-enquiry-form.tsx).
  const mailed = Number(firstParam(query.mailed)) || 0;
  const failed = Number(firstParam(query.failed)) || 0;
  const unreachable = Number(firstParam(query.unreachable)) || 0;
  const tc = await getTranslations("Claims.sent");
  const hasDeliveryCounts = firstParam(query.mailed) !== undefined;
  const boxLabels: Record<InboxBox, string> = {
    all: t("boxes.all"),
    received: t("boxes.received"),
    sent: t("boxes.sent"),
  };
  const pageHref = (page: number) => ({
    pathname: "/account/inbox",
    query: { org: current.id, box, page: String(page) },
  });

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={<>{t("title")} · {current.name}</>} description={t("intro")}>
        <p role="status" className="text-sm font-medium text-slate-800">
          {t("unreadTotal", { count: unread })}
        </p>
        {hasDeliveryCounts && Number.isInteger(sent) ? (
          <div data-testid="sent-confirmation" className="flex flex-col gap-2">
            <FormAlert tone={sent + mailed > 0 ? "success" : "error"}>
              {tc("delivered", { count: sent })}
              {mailed ? ` ${tc("mailed", { count: mailed })}` : ""}
            </FormAlert>
            {failed || unreachable ? (
              <FormAlert tone="error">
                {[failed ? tc("failed", { count: failed }) : "", unreachable ? tc("undeliverable", { count: unreachable }) : ""]
                  .filter(Boolean)
                  .join(" ")}
              </FormAlert>
            ) : null}
          </div>
        ) : Number.isInteger(sent) && sent > 0 ? (
          <FormAlert tone="success">{t("sentNotice", { count: sent })}</FormAlert>
        ) : null}
        <CompanySwitcher companies={companies} currentId={current.id} />
      </PageHeader>

      <nav aria-label={t("boxesLabel")}>
        <ul className="flex flex-wrap gap-2 text-sm font-medium">
          {INBOX_BOXES.map((b) => (
            <li key={b}>
              <Link
                href={{ pathname: "/account/inbox", query: { org: current.id, box: b } }}
                aria-current={b === box ? "page" : undefined}
                className={clsx(
                  "inline-block rounded-md px-3 py-1.5 ring-1",
                  b === box
                    ? "bg-brand-700 text-white ring-brand-700"
                    : "bg-white text-slate-700 ring-slate-200 hover:text-brand-700",
                )}
              >
                {boxLabels[b]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {!inbox || inbox.threads.length === 0 ? (
        <Card>
          <p className="text-slate-700">{t("empty")}</p>
          <p className="mt-2 text-sm text-slate-600">
            {t("emptyHint")}{" "}
            <Link href="/search" className="font-medium text-brand-700 underline">
              {t("toSearch")}
            </Link>
          </p>
        </Card>
      ) : (
        <InboxThreadList threads={inbox.threads} organizationId={current.id} />
      )}

      {inbox && inbox.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="flex items-center justify-between gap-4 text-sm">
          {inbox.page > 1 ? (
            <Button
              variant="neutral"
              size="sm"
              href={pageHref(inbox.page - 1)}
              rel="prev"
            >
              ← {t("newer")}
            </Button>
          ) : (
            <span />
          )}
          <span>{t("pageOf", { page: inbox.page, count: inbox.pageCount })}</span>
          {inbox.page < inbox.pageCount ? (
            <Button
              variant="neutral"
              size="sm"
              href={pageHref(inbox.page + 1)}
              rel="next"
            >
              {t("older")} →
            </Button>
          ) : (
            <span />
          )}
        </nav>
      ) : null}

      <Card as="section" aria-labelledby="blocked-companies">
        <CardTitle id="blocked-companies">
          {t("blocked.title")}
        </CardTitle>
        <p className="mt-1 text-sm text-slate-600">{t("blocked.intro")}</p>
        {blocked.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600">{t("blocked.empty")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100">
            {blocked.map((b) => (
              <li key={b.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <span>
                  <span className="font-medium">{b.name}</span>{" "}
                  <span className="text-sm text-slate-600">
                    {t("blocked.since", { date: format.dateTime(b.blockedAt, "short") })}
                  </span>
                </span>
                <BlockToggle organizationId={current.id} company={{ id: b.id, name: b.name }} blocked />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
