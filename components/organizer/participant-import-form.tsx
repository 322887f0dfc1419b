// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { importParticipantsAction } from "@/lib/events/actions/import-participants";
import type { ImportPreviewRow } from "@/lib/events/participant-import-report";

type Preview = { rows: ImportPreviewRow[]; total: number; failed: number; free: number; imported: number };

/** Upload → preview with each row's problems → import, all from the same chosen file. */
export function ParticipantImportForm(props: { eventId: string }) {
  const t = useTranslations("ParticipantImport");
  const te = useTranslations("ActionErrors");
  const file = useRef<HTMLInputElement>(null);
  const [pending, startTransition] = useTransition();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);

  const send = (commit: boolean) =>
    startTransition(async () => {
      const chosen = file.current?.files?.[0];
      if (!chosen) return;
      const form = new FormData();
      form.set("eventId", props.eventId);
      form.set("file", chosen);
      if (commit) form.set("commit", "1");
      setError(null);
      try {
        const result = await importParticipantsAction(form);
        if (!result.ok) {
          setError(result.formError ?? Object.values(result.fieldErrors)[0] ?? te("unexpected"));
          return;
        }
        setPreview(result.data);
        if (commit) setDone(result.data.imported);
      } catch {
        setError(te("unexpected"));
      }
    });

  const ready = preview && preview.total > 0 && preview.failed === 0 && done === null;
  return (
    <div className="flex flex-col gap-4">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          setDone(null);
          send(false);
        }}
      >
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          {t("file")}
          <input ref={file} type="file" name="file" required accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={() => setPreview(null)} />
        </label>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("check")}
        </Button>
      </form>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800">
          {error}
        </p>
      )}
      {done !== null && (
        <p role="status" className="rounded-md bg-emerald-50 p-3 font-medium text-emerald-800">
          {t("done", { count: done })}
        </p>
      )}
      {preview && (
        <>
          <p>{t("summary", { total: preview.total, failed: preview.failed, free: preview.free })}</p>
          {preview.failed > 0 && <p className="text-red-800">{t("fixFirst")}</p>}
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("line")}</th>
                  <th scope="col" className="px-3 py-2">{t("company")}</th>
                  <th scope="col" className="px-3 py-2">{t("participants")}</th>
                  <th scope="col" className="px-3 py-2">{t("problems")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {preview.rows.map((r) => (
                  <tr key={r.line} className={r.errors.length ? "bg-red-50" : undefined}>
                    <td className="px-3 py-2">{r.line}</td>
                    <td className="px-3 py-2">{r.company}</td>
                    <td className="px-3 py-2">{r.participants.join(", ")}</td>
                    <td className="px-3 py-2">{r.errors.length ? <ul>{r.errors.map((e) => <li key={e}>{e}</li>)}</ul> : t("ok")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {ready && (
            <div>
              <Button type="button" disabled={pending} onClick={() => send(true)}>
                {t("import", { count: preview.total })}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
