// SPDX-License-Identifier: EUPL-1.2
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

export interface MailLayout {
  lang: string;
  title: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  after: string[];
  signature: string;
  footer: string;
}

/** Plain text: what most mail clients show in previews, and all some readers get. */
export function renderText(m: MailLayout): string {
  const parts = [m.greeting, ...m.paragraphs];
  if (m.action) parts.push(`${m.action.label}:\n${m.action.url}`);
  parts.push(...m.after, m.signature, `--\n${m.footer}`);
  return parts.join("\n\n") + "\n";
}

/**
 * A deliberately small HTML version. Every string, including our own texts, is escaped: the
 * texts carry names and company names typed in by users.
 */
export function renderHtml(m: MailLayout): string {
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s).replace(/\n/g, "<br>")}</p>`;
  const button = m.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(m.action.url)}" style="background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(m.action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;color:#475569;word-break:break-all">${escapeHtml(m.action.url)}</p>`
    : "";
  return `<!doctype html>
<html lang="${escapeHtml(m.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(m.title)}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;font-family:Arial,Helvetica,sans-serif;color:#0f172a;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">
${p(m.greeting)}
${m.paragraphs.map(p).join("\n")}
${button}
${m.after.map(p).join("\n")}
${p(m.signature)}
<hr style="border:none;border-top:1px solid #e2e8f0;margin:24px 0">
<p style="margin:0;font-size:12px;color:#64748b">${escapeHtml(m.footer)}</p>
</div>
</body></html>
`;
}
