// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";
import type { ActionResult } from "@/lib/actions/safe-action";
import { checkMemberListAction } from "@/lib/import/actions/check-member-list";
import { confirmImportColumnsAction } from "@/lib/import/actions/confirm-import-columns";
import type { Preview } from "@/lib/import/import-runs";
import { memberImportStatusAction, type ImportStatus } from "@/lib/import/actions/member-import-status";
import { startMemberImportAction } from "@/lib/import/actions/start-member-import";
import { uploadMemberListAction, type UploadedList } from "@/lib/import/actions/upload-member-list";
import { MEMBER_FIELDS, type MemberField } from "@/lib/import/member-columns";
import type { ReactNode } from "react";
import { PreviewTable } from "./preview-table";

type Step =
  | { name: "upload" }
  | { name: "columns"; list: UploadedList }
  | { name: "preview"; list: UploadedList; preview: Preview }
  | { name: "dryRun"; list: UploadedList; preview: Preview }
  | { name: "running"; list: UploadedList; status: ImportStatus | null }
  | { name: "done"; list: UploadedList; status: ImportStatus };

/**
 * Upload → columns → preview of the first rows → dry run over the whole list → import with
 * progress → summary. The file is sent once; every later step names the stored run.
 */
export function MemberImportWizard(props: { institutions: { id: string; name: string }[]; maxBytes: number }) {
  const t = useTranslations("MemberImport");
  const te = useTranslations("ActionErrors");
  const file = useRef<HTMLInputElement>(null);
  const [institutionId, setInstitutionId] = useState(props.institutions[0]?.id ?? "");
  const [step, setStep] = useState<Step>({ name: "upload" });
  const [mapping, setMapping] = useState<Record<string, MemberField | null>>({});
  const [overwrite, setOverwrite] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function call<T>(action: () => Promise<ActionResult<T>>, then: (data: T) => void) {
    startTransition(async () => {
      setError(null);
      try {
        const result = await action();
        if (!result.ok) setError(result.formError ?? Object.values(result.fieldErrors)[0] ?? te("unexpected"));
        else then(result.data);
      } catch {
        setError(te("unexpected"));
      }
    });
  }

  const upload = () => {
    const chosen = file.current?.files?.[0];
    if (!chosen) return;
    // Refused before sending: a large file would otherwise travel only to be rejected.
    if (chosen.size > props.maxBytes) {
      setError(t("fileErrors.file", { reason: t("fileErrors.tooLarge", { max: props.maxBytes / (1024 * 1024) }) }));
      return;
    }
    const form = new FormData();
    form.set("institutionId", institutionId);
    form.set("file", chosen);
    call(
      () => uploadMemberListAction(form),
      (list) => {
        setMapping(Object.fromEntries(list.columns.map((c) => [c.heading, c.field])));
        setOverwrite(new Set());
        setStep({ name: "columns", list });
      },
    );
  };

  const running = step.name === "running" ? step : null;
  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const poll = async () => {
      const result = await memberImportStatusAction({ runId: running.list.runId }).catch(() => null);
      if (stopped) return;
      if (result?.ok && (result.data.status === "DONE" || result.data.status === "FAILED")) {
        setStep({ name: "done", list: running.list, status: result.data });
        return;
      }
      if (result?.ok) setStep({ name: "running", list: running.list, status: result.data });
      timer = setTimeout(poll, 400);
    };
    let timer = setTimeout(poll, 200);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
    // Polling restarts only for another run, not on every progress update.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [running?.list.runId]);

  return (
    <div className="flex flex-col gap-5">
      <ol className="flex flex-wrap gap-2 text-sm text-slate-600" aria-label={t("stepsLabel")}>
        {(["upload", "columns", "preview", "dryRun", "running", "done"] as const).map((s) => (
          <li key={s} aria-current={step.name === s ? "step" : undefined} className={step.name === s ? "font-semibold text-brand-800" : undefined}>
            {t(`steps.${s}`)}
          </li>
        ))}
      </ol>

      {error && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800">
          {error}
        </p>
      )}

      {step.name === "upload" && (
        <form
          className="flex flex-col gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            upload();
          }}
        >
          {props.institutions.length > 1 && (
            <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
              {t("institution")}
              <select value={institutionId} onChange={(e) => setInstitutionId(e.target.value)} className="rounded-md border border-slate-300 px-2 py-1.5">
                {props.institutions.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
            {t("file", { max: props.maxBytes / (1024 * 1024) })}
            <input ref={file} type="file" name="file" required accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
          </label>
          <div>
            <Button type="submit" disabled={pending}>
              {t("upload")}
            </Button>
          </div>
        </form>
      )}

      {step.name === "columns" && (
        <StepSection id="import-columns" title={t("columnsTitle")}>
          <p className="text-slate-600">{t("columnsIntro", { rows: step.list.rows, file: step.list.fileName })}</p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("heading")}</th>
                  <th scope="col" className="px-3 py-2">{t("sample")}</th>
                  <th scope="col" className="px-3 py-2">{t("field")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {step.list.columns.map((c) => (
                  <tr key={c.heading}>
                    <th scope="row" className="px-3 py-2 font-medium">{c.heading}</th>
                    <td className="px-3 py-2 text-slate-600">{step.list.samples[c.heading]}</td>
                    <td className="px-3 py-2">
                      {c.source === "name" ? (
                        <code>{c.field}</code>
                      ) : (
                        <select
                          aria-label={t("fieldFor", { heading: c.heading })}
                          value={mapping[c.heading] ?? ""}
                          onChange={(e) => setMapping({ ...mapping, [c.heading]: (e.target.value || null) as MemberField | null })}
                          className="rounded-md border border-slate-300 px-2 py-1"
                        >
                          <option value="">{t("ignore")}</option>
                          {MEMBER_FIELDS.map((f) => (
                            <option key={f} value={f}>
                              {f}
                            </option>
                          ))}
                        </select>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div>
            <Button
              type="button"
              disabled={pending}
              onClick={() => call(() => confirmImportColumnsAction({ runId: step.list.runId, mapping }), (preview) => setStep({ name: "preview", list: step.list, preview }))}
            >
              {t("toPreview")}
            </Button>
          </div>
        </StepSection>
      )}

      {step.name === "preview" && (
        <StepSection id="import-preview" title={t("previewTitle")}>
          <p className="text-slate-600">{t("previewIntro", { shown: step.preview.rows.length, rows: step.list.rows })}</p>
          <PreviewTable rows={step.preview.rows} />
          <div className="flex gap-3">
            <Button
              type="button"
              disabled={pending}
              onClick={() => call(() => checkMemberListAction({ runId: step.list.runId, whole: true }), (preview) => setStep({ name: "dryRun", list: step.list, preview }))}
            >
              {t("dryRun")}
            </Button>
            <Button type="button" variant="neutral" onClick={() => setStep({ name: "columns", list: step.list })}>
              {t("back")}
            </Button>
          </div>
        </StepSection>
      )}

      {step.name === "dryRun" && (
        <StepSection id="import-dry-run" title={t("dryRunTitle")}>
          <p role="status">{t("dryRunSummary", step.preview.counts)}</p>
          {step.preview.counts.failed > 0 && <p className="text-red-800">{t("fixFirst")}</p>}
          {step.preview.counts.differ > 0 && <p>{t("differIntro")}</p>}
          <PreviewTable
            rows={step.preview.rows}
            overwrite={overwrite}
            onOverwrite={(line, on) => {
              const next = new Set(overwrite);
              if (on) next.add(line);
              else next.delete(line);
              setOverwrite(next);
            }}
          />
          <div className="flex gap-3">
            {step.preview.counts.failed === 0 && step.preview.counts.total > 0 && (
              <Button
                type="button"
                disabled={pending}
                onClick={() => call(() => startMemberImportAction({ runId: step.list.runId, overwriteLines: [...overwrite] }), () => setStep({ name: "running", list: step.list, status: null }))}
              >
                {t("import", { count: step.preview.counts.total })}
              </Button>
            )}
            <Button type="button" variant="neutral" onClick={() => setStep({ name: "upload" })}>
              {t("another")}
            </Button>
          </div>
        </StepSection>
      )}

      {(step.name === "running" || step.name === "done") && (
        <StepSection id="import-progress" title={step.name === "running" ? t("runningTitle") : t("doneTitle")}>
          <label className="flex flex-col gap-1 text-sm text-slate-700">
            {t("progress", { done: step.status?.processed ?? 0, total: step.status?.total || step.list.rows })}
            <progress className="h-3 w-full" max={step.status?.total || step.list.rows} value={step.status?.processed ?? 0} />
          </label>
          {step.name === "done" && step.status.status === "DONE" && step.status.summary && (
            <>
              <p role="status" className="rounded-md bg-emerald-50 p-3 font-medium text-emerald-800">
                {t("summary", step.status.summary)}
              </p>
              <p>
                <Link href="/organizer/members" className="text-brand-700 underline">
                  {t("toMembers")}
                </Link>
              </p>
            </>
          )}
          {step.name === "done" && step.status.status === "FAILED" && (
            <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800">
              {step.status.error}
            </p>
          )}
        </StepSection>
      )}
    </div>
  );
}

function StepSection(props: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={props.id} className="flex flex-col gap-3">
      <h2 id={props.id} className="text-lg font-semibold">
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
