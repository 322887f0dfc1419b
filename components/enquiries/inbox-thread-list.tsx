// SPDX-License-Identifier: EUPL-1.2
import clsx from "clsx";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { InboxThread } from "@/lib/enquiries/queries";
import { Link } from "@/lib/i18n/navigation";

const DELIVERY_TONE = { MEMBERS: "brand", MAILED: "amber", MAIL_FAILED: "slate", UNDELIVERABLE: "slate" } as const;

/** One row per thread: who, what, when, whether something new is waiting, and how it was delivered. */
export async function InboxThreadList({ threads, organizationId }: { threads: InboxThread[]; organizationId: string }) {
  const t = await getTranslations("Enquiries");
  const td = await getTranslations("Claims.delivery");
  const format = await getFormatter();
  return (
    <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg bg-white ring-1 ring-slate-200">
      {threads.map((thread) => {
        const unread = thread.unread > 0;
        return (
          <li key={thread.id} data-testid="inbox-thread" data-unread={unread || undefined}>
            <Link
              href={{ pathname: `/account/inbox/${thread.id}`, query: { org: organizationId } }}
              // Opening a thread marks it read; a prefetch must never count as opening it.
              prefetch={false}
              className={clsx("flex flex-col gap-1 px-4 py-3 hover:bg-slate-50 sm:px-5", unread && "bg-brand-50/60")}
            >
              <span className="flex flex-wrap items-center gap-2 text-sm">
                {unread ? <span className="h-2 w-2 shrink-0 rounded-full bg-brand-700" aria-hidden /> : null}
                <span className={clsx("text-slate-700", unread && "font-semibold text-slate-900")}>
                  {thread.direction === "sent"
                    ? t("to", { company: thread.counterpart.name })
                    : t("from", { company: thread.counterpart.name })}
                </span>
                <Badge tone={thread.status === "OPEN" ? "brand" : "slate"}>
                  {thread.status === "OPEN" ? t("status.OPEN") : t("status.CLOSED")}
                </Badge>
                {unread ? <Badge tone="amber">{t("unread", { count: thread.unread })}</Badge> : null}
                {thread.direction === "sent" ? (
                  // The sender sees how each recipient was reached, never "sent" for what went nowhere.
                  <span data-testid="delivery-state" data-state={thread.delivery}>
                    <Badge tone={DELIVERY_TONE[thread.delivery]}>{td(thread.delivery)}</Badge>
                  </span>
                ) : null}
                <time dateTime={thread.lastMessageAt.toISOString()} className="ml-auto text-xs text-slate-500">
                  {format.dateTime(thread.lastMessageAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </span>
              <span
                className={clsx("break-words text-base", unread ? "font-semibold text-slate-900" : "text-slate-800")}
              >
                {thread.subject}
              </span>
              {thread.lastMessage ? (
                <span className="line-clamp-2 break-words text-sm text-slate-600">
                  {thread.lastMessage.mine ? t("you") : thread.lastMessage.authorName}: {thread.lastMessage.preview}
                </span>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
