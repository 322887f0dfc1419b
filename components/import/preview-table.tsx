// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { PreviewRow } from "@/lib/import/member-import-report";

/**
 * Rows of a member list as they would be imported: what happens to each, the company on the
 * portal it matches, and where the file differs from that company's data. With `onOverwrite`,
 * a row with differences offers the explicit choice to apply the file's values.
 */
export function PreviewTable(props: { rows: PreviewRow[]; overwrite?: ReadonlySet<number>; onOverwrite?: (line: number, on: boolean) => void }) {
  const t = useTranslations("MemberImport");
  if (!props.rows.length) return <p className="text-slate-600">{t("noRowsListed")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">{t("line")}</th>
            <th scope="col" className="px-3 py-2">externalId</th>
            <th scope="col" className="px-3 py-2">{t("company")}</th>
            <th scope="col" className="px-3 py-2">{t("outcome")}</th>
            <th scope="col" className="px-3 py-2">{t("differences")}</th>
            <th scope="col" className="px-3 py-2">{t("problems")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {props.rows.map((r) => (
            <tr key={r.line} className={r.errors.length ? "bg-red-50" : undefined}>
              <td className="px-3 py-2">{r.line}</td>
              <td className="px-3 py-2">{r.externalId}</td>
              <td className="px-3 py-2">
                {r.name}
                {r.city && <span className="text-slate-600"> · {r.city}</span>}
              </td>
              <td className="px-3 py-2">
                {t(`actions.${r.action}`)}
                {r.match && (
                  <div className="text-slate-600">
                    {t("matchedBy", { by: t(`matchBy.${r.match.by}`) })}{" "}
                    <Link href={`/companies/${r.match.slug}`} className="text-brand-700 underline">
                      {r.match.name}
                    </Link>
                    {r.match.managed && <span> · {t("managed")}</span>}
                  </div>
                )}
              </td>
              <td className="px-3 py-2">
                {r.differences.length > 0 && (
                  <>
                    <dl className="grid grid-cols-[auto_1fr] gap-x-2">
                      {r.differences.map((d) => (
                        <div key={d.field} className="contents">
                          <dt className="font-mono text-xs">{d.field}</dt>
                          <dd>
                            <del className="text-red-800">{d.current || t("empty")}</del> → <ins className="text-emerald-800">{d.incoming || t("empty")}</ins>
                          </dd>
                        </div>
                      ))}
                    </dl>
                    {props.onOverwrite && (
                      <label className="mt-1 flex items-center gap-2">
                        <input type="checkbox" checked={props.overwrite?.has(r.line) ?? false} onChange={(e) => props.onOverwrite!(r.line, e.target.checked)} />
                        {t("applyFile")}
                      </label>
                    )}
                  </>
                )}
              </td>
              <td className="px-3 py-2">{r.errors.length ? <ul>{r.errors.map((e) => <li key={e}>{e}</li>)}</ul> : t("ok")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
