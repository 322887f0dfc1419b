// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { BlockToggle } from "@/components/enquiries/block-toggle";
import { RefreshAfterRead } from "@/components/enquiries/refresh-after-read";
import { ReplyForm } from "@/components/enquiries/reply-form";
import { ReportForm } from "@/components/enquiries/report-form";
import { ThreadMessages } from "@/components/enquiries/thread-messages";
import { ThreadStatusToggle } from "@/components/enquiries/thread-status-toggle";
import { FormAlert } from "@/components/forms/form-alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { firstParam, type SearchParams } from "@/lib/auth/page-params";
import { can } from "@/lib/auth/permissions";
import { markThreadRead, threadForReader } from "@/lib/enquiries/queries";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { isRecordId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Enquiries.thread" });
  return { title: t("title") };
}

export default async function ThreadPage({ params, searchParams }: Props) {
  const { id } = await params;
  if (!isRecordId(id)) notFound();
  const locale = pageLocale((await params).locale);
  const org = firstParam((await searchParams).org);
  const user = await requireUser(
    locale,
    `/account/inbox/${encodeURIComponent(id)}${org ? `?org=${encodeURIComponent(org)}` : ""}`,
  );
  // Someone else's thread looks exactly like a missing one.
  const thread = await threadForReader(user, id, org);
  if (!thread) notFound();
  const changed = await markThreadRead(user, thread);
  const [t, td, format] = await Promise.all([getTranslations("Enquiries"), getTranslations("Claims.delivery"), getFormatter()]);
  const canReply = can(user, "enquiry.send", { organizationId: thread.own.id });
  const canManage = can(user, "enquiry.manage", { organizationId: thread.own.id });
  const closed = thread.status === "CLOSED";
  const [from, to] = thread.side === "sender" ? [thread.own, thread.other] : [thread.other, thread.own];

  return (
    <div className="flex flex-col gap-6">
      <RefreshAfterRead changed={changed} />
      <Link
        href={{ pathname: "/account/inbox", query: { org: thread.own.id } }}
        className="text-sm text-brand-700 underline"
      >
        ← {t("thread.back")}
      </Link>
      <header className="flex flex-col gap-2">
        <PageTitle className="break-words">{thread.subject}</PageTitle>
        <p className="flex flex-wrap items-center gap-2 text-slate-600">
          <span>{t("thread.between", { from: from.name, to: to.name })}</span>
          <Badge tone={closed ? "slate" : "brand"}>{closed ? t("status.CLOSED") : t("status.OPEN")}</Badge>
          {closed && thread.closedAt ? (
            <span className="text-sm">{t("thread.closedOn", { date: format.dateTime(thread.closedAt, "short") })}</span>
          ) : null}
        </p>
        {thread.other.status === "PUBLISHED" ? (
          <Link href={`/companies/${thread.other.slug}`} className="text-sm font-medium text-brand-700 underline">
            {t("thread.viewProfile", { company: thread.other.name })}
          </Link>
        ) : null}
      </header>

      {thread.side === "sender" && thread.delivery !== "MEMBERS" ? (
        <div data-testid="thread-delivery" data-state={thread.delivery}>
          <FormAlert tone={thread.delivery === "MAILED" ? "info" : "error"}>
            {thread.delivery === "MAILED"
              ? td("threadMailed", { company: thread.other.name })
              : thread.delivery === "MAIL_FAILED"
                ? td("threadMailFailed", { company: thread.other.name })
                : td("threadUndeliverable", { company: thread.other.name })}
          </FormAlert>
        </div>
      ) : null}

      <ThreadMessages messages={thread.messages} />

      <Card as="section" padding="sm" aria-labelledby="reply">
        <CardTitle id="reply" className="mb-3">
          {t("reply.title")}
        </CardTitle>
        {closed ? (
          <FormAlert tone="info">{t("errors.closed")}</FormAlert>
        ) : thread.theyBlockUs ? (
          <FormAlert tone="info">{t("errors.blockedReply", { company: thread.other.name })}</FormAlert>
        ) : canReply ? (
          <ReplyForm enquiryId={thread.id} organizationId={thread.own.id} />
        ) : (
          <p className="text-sm text-slate-600">{t("thread.readOnly")}</p>
        )}
      </Card>

      {canManage ? (
        <section aria-labelledby="thread-actions" className="flex flex-col gap-3">
          <h2 id="thread-actions" className="text-lg font-semibold">
            {t("actions.title")}
          </h2>
          {thread.weBlockThem ? (
            <FormAlert tone="info">{t("thread.weBlockThem", { company: thread.other.name })}</FormAlert>
          ) : null}
          <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
            <ThreadStatusToggle enquiryId={thread.id} organizationId={thread.own.id} closed={closed} />
            <BlockToggle
              organizationId={thread.own.id}
              company={{ id: thread.other.id, name: thread.other.name }}
              blocked={thread.weBlockThem}
            />
            <ReportForm enquiryId={thread.id} organizationId={thread.own.id} company={thread.other.name} />
          </div>
        </section>
      ) : null}
    </div>
  );
}
