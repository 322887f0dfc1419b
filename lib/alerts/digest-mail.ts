// SPDX-License-Identifier: EUPL-1.2
import { publicBaseUrl } from "../env";
import type { Locale } from "../i18n/routing";
import { translatorFor } from "../i18n/translator";
import { escapeHtml } from "../mail/html";
import { portalUrl } from "../mail/templates";
import type { OutgoingMail } from "../mail/transport";
import { splitHighlights } from "../search/highlight";
import type { SearchHit } from "../search/types";
import { savedSearchParams, type SavedFilters } from "../saved-searches/schema";
import { ALERT_TIME_ZONE } from "./period";

/**
 * The digest of one saved search: what is new, a link to the full search and a one-click way
 * out. Every text that users typed (names, titles, snippets) is escaped in the HTML version.
 */
export interface DigestInput {
  locale: Locale;
  to: string;
  userName: string | null;
  search: { name: string; query: string; filters: SavedFilters; frequency: "DAILY" | "WEEKLY"; unsubscribeToken: string };
  hits: SearchHit[];
  /** All new results; the mail lists `hits`, the rest are behind the search link. */
  total: number;
}

/** Where a hit leads: companies, offers and requests to the company's page, events to the event. */
export function hitPath(hit: Pick<SearchHit, "type" | "slug">): string {
  return hit.type === "event" ? `/events/${hit.slug}` : `/companies/${hit.slug}`;
}

/** The POST endpoint mail clients call for RFC 8058 one-click unsubscribe. */
export function oneClickUnsubscribeUrl(token: string): string {
  return `${publicBaseUrl()}/api/alerts/unsubscribe/${encodeURIComponent(token)}`;
}

interface DigestItem {
  kind: string;
  title: string;
  by: string | null;
  details: string[];
  snippet: string;
  url: string;
}

export function alertDigestMail(input: DigestInput): OutgoingMail {
  const { locale, search, hits } = input;
  const t = translatorFor(locale);
  const countries = (code: string) => (t.has(`Countries.${code}` as "Countries.DE") ? t(`Countries.${code}` as "Countries.DE") : code);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: ALERT_TIME_ZONE });

  const items: DigestItem[] = hits.map((hit) => {
    const place = [hit.city, countries(hit.country)].filter(Boolean).join(" · ");
    const starts = hit.startsAt ? t("Alerts.mail.eventStarts", { date: day.format(new Date(hit.startsAt)) }) : null;
    return {
      kind: t(`Search.types.${hit.type}`),
      title: hit.title || hit.name,
      by: hit.type !== "company" && hit.name && hit.name !== hit.title ? t("Alerts.mail.byCompany", { name: hit.name }) : null,
      details: [starts, place].filter((d): d is string => Boolean(d)),
      snippet: hit.snippet,
      url: portalUrl(locale, hitPath(hit)),
    };
  });

  const count = input.total;
  const more = count - hits.length;
  const subject = t("Alerts.mail.subject", { count, name: search.name });
  const greeting = input.userName?.trim() ? t("Mail.greeting", { name: input.userName.trim() }) : t("Mail.greetingNoName");
  const intro = t("Alerts.mail.intro", { name: search.name, count });
  const moreLine = more > 0 ? t("Alerts.mail.more", { count: more }) : null;
  const searchUrl = portalUrl(locale, "/search", savedSearchParams(search.query, search.filters));
  const unsubscribeUrl = portalUrl(locale, `/alerts/unsubscribe/${encodeURIComponent(search.unsubscribeToken)}`);
  const manageUrl = portalUrl(locale, "/account/saved-searches");
  const reason = t("Alerts.mail.reason", { frequency: search.frequency });
  const labels = {
    open: t("Alerts.mail.openSearch"),
    unsubscribe: t("Alerts.mail.unsubscribe"),
    manage: t("Alerts.mail.manage"),
  };

  const text = [
    greeting,
    intro,
    ...items.map((item, i) =>
      [
        `${i + 1}. ${item.title} (${item.kind})`,
        item.by,
        ...item.details,
        item.snippet ? splitHighlights(item.snippet).map((p) => p.text).join("") : null,
        item.url,
      ]
        .filter(Boolean)
        .join("\n   "),
    ),
    moreLine,
    `${labels.open}:\n${searchUrl}`,
    t("Mail.signature"),
    `--\n${reason}\n${labels.unsubscribe}: ${unsubscribeUrl}\n${labels.manage}: ${manageUrl}\n${t("Mail.footer")}`,
  ]
    .filter((part): part is string => Boolean(part))
    .join("\n\n");

  const e = escapeHtml;
  const snippetHtml = (snippet: string) =>
    splitHighlights(snippet)
      .map((p) => (p.match ? `<strong>${e(p.text)}</strong>` : e(p.text)))
      .join("");
  const itemHtml = (item: DigestItem) =>
    `<li style="margin:0 0 16px">` +
    `<span style="font-size:12px;color:#475569">${e(item.kind)}</span><br>` +
    `<a href="${e(item.url)}" style="color:#1d4ed8;font-weight:bold">${e(item.title)}</a>` +
    (item.by ? `<br><span style="font-size:14px">${e(item.by)}</span>` : "") +
    item.details.map((d) => `<br><span style="font-size:14px;color:#475569">${e(d)}</span>`).join("") +
    (item.snippet ? `<br><span style="font-size:14px">${snippetHtml(item.snippet)}</span>` : "") +
    `</li>`;
  const p = (s: string) => `<p style="margin:0 0 16px">${e(s)}</p>`;
  const html = `<!doctype html>
<html lang="${e(locale)}"><head><meta charset="utf-8"><title>${e(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;font-family:Arial,Helvetica,sans-serif;color:#0f172a;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">
${p(greeting)}
${p(intro)}
<ol style="padding-left:20px;margin:0 0 16px">
${items.map(itemHtml).join("\n")}
</ol>
${moreLine ? p(moreLine) : ""}
<p style="margin:24px 0"><a href="${e(searchUrl)}" style="background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${e(labels.open)}</a></p>
${p(t("Mail.signature"))}
<hr style="border:none;border-top:1px solid #e2e8f0;margin:24px 0">
<p style="margin:0 0 8px;font-size:12px;color:#64748b">${e(reason)}</p>
<p style="margin:0 0 8px;font-size:12px"><a href="${e(unsubscribeUrl)}" style="color:#475569">${e(labels.unsubscribe)}</a> · <a href="${e(manageUrl)}" style="color:#475569">${e(labels.manage)}</a></p>
<p style="margin:0;font-size:12px;color:#64748b">${e(t("Mail.footer"))}</p>
</div>
</body></html>
`;

  return {
    to: input.to,
    subject,
    text: text + "\n",
    html,
    headers: {
      "List-Unsubscribe": `<${oneClickUnsubscribeUrl(search.unsubscribeToken)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
