// SPDX-License-Identifier: EUPL-1.2
import clsx from "clsx";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ThreadView } from "@/lib/enquiries/queries";

/**
 * The conversation, oldest first. Message text is rendered as text (whitespace kept), never as
 * markup; attachments are plain download links to the route that checks access again.
 */
export async function ThreadMessages({ messages }: { messages: ThreadView["messages"] }) {
  const t = await getTranslations("Enquiries.thread");
  const format = await getFormatter();
  const size = (bytes: number) =>
    bytes >= 1024 * 1024
      ? format.number(bytes / (1024 * 1024), { style: "unit", unit: "megabyte", maximumFractionDigits: 1 })
      : format.number(Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte" });
  return (
    <ol className="flex flex-col gap-4" aria-label={t("messages")}>
      {messages.map((m) => (
        <li key={m.id} className={clsx("flex", m.mine ? "sm:justify-end" : "sm:justify-start")}>
          <article
            data-testid="enquiry-message"
            className={clsx(
              "w-full rounded-lg p-4 ring-1 sm:max-w-[85%]",
              m.mine ? "bg-brand-50 ring-brand-100" : "bg-white ring-slate-200",
            )}
          >
            <header className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
              <span className="font-semibold text-slate-900">{m.authorName}</span>
              {/* Writers without a name are shown by their company's name alone. */}
              {m.authorCompany !== m.authorName ? <span className="text-slate-600">{m.authorCompany}</span> : null}
              {m.unread ? (
                <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
                  {t("new")}
                </span>
              ) : null}
              <time dateTime={m.createdAt.toISOString()} className="text-xs text-slate-500 sm:ml-auto">
                {format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </header>
            <p className="mt-2 whitespace-pre-wrap break-words text-slate-800">{m.body}</p>
            {m.attachment ? (
              <p className="mt-3 text-sm">
                <a
                  href={`/api/enquiries/attachments/${m.id}`}
                  download={m.attachment.fileName}
                  className="inline-flex items-center gap-2 rounded-md bg-white px-3 py-1.5 font-medium text-brand-800 underline ring-1 ring-slate-200"
                >
                  <span aria-hidden>📎</span>
                  <span className="sr-only">{t("attachment")}:</span>
                  <span className="break-all">{m.attachment.fileName}</span>
                  <span className="font-normal text-slate-600">({size(m.attachment.size)})</span>
                </a>
              </p>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
