// SPDX-License-Identifier: EUPL-1.2
import { MAX_QUERY_LENGTH } from "@/lib/search/params";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The search box other sites can copy, shown as code and working below it. A plain GET form needs
 * no script, so it runs under any Content-Security-Policy the embedding site has.
 */
export function SearchEmbedSnippet(props: { action: string; label: string; button: string; preview: string; codeClassName: string }) {
  const html = [
    `<form action="${escapeHtml(props.action)}" method="get" target="_blank" role="search">`,
    `  <label for="grenzpartner-q">${escapeHtml(props.label)}</label>`,
    `  <input id="grenzpartner-q" name="q" type="search" maxlength="${MAX_QUERY_LENGTH}" required>`,
    `  <input type="hidden" name="country" value="CZ">`,
    `  <button type="submit">${escapeHtml(props.button)}</button>`,
    `</form>`,
  ].join("\n");
  return (
    <>
      <pre className={props.codeClassName}>
        <code>{html}</code>
      </pre>
      <p className="mt-4 text-slate-700">{props.preview}</p>
      <form action={props.action} method="get" role="search" className="mt-2 rounded-lg border border-dashed border-slate-300 p-4">
        <label htmlFor="api-docs-embed-q">{props.label}</label>{" "}
        <input id="api-docs-embed-q" name="q" type="search" maxLength={MAX_QUERY_LENGTH} required className="border border-slate-400" />{" "}
        <input type="hidden" name="country" value="CZ" />
        <button type="submit" className="border border-slate-400 px-2">
          {props.button}
        </button>
      </form>
    </>
  );
}
