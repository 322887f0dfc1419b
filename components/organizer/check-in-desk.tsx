// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { checkInAttendeeAction } from "@/lib/events/actions/check-in-attendee";
import { undoAttendeeCheckInAction } from "@/lib/events/actions/undo-attendee-check-in";
import { useRouter } from "@/lib/i18n/navigation";
import { CheckInScanner } from "./check-in-scanner";

type Outcome = { ok: boolean; text: string };

/** Scanning and typing at the door; each answer stays on screen until the next one. */
export function CheckInDesk(props: { eventId: string }) {
  const t = useTranslations("CheckIn");
  const te = useTranslations("ActionErrors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [code, setCode] = useState("");

  const submit = useCallback(
    (value: string, typed: boolean) =>
      startTransition(async () => {
        try {
          const result = await checkInAttendeeAction({ eventId: props.eventId, code: value });
          if (result.ok) {
            setOutcome({ ok: true, text: t("checkedIn", { name: result.data.name, company: result.data.company }) });
            if (typed) setCode("");
            router.refresh();
          } else {
            setOutcome({ ok: false, text: result.formError ?? Object.values(result.fieldErrors)[0] ?? te("unexpected") });
          }
        } catch {
          setOutcome({ ok: false, text: te("unexpected") });
        }
      }),
    [props.eventId, router, t, te],
  );

  return (
    <div className="flex flex-col gap-4">
      <CheckInScanner onCode={(value) => submit(value, false)} disabled={pending} />
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          submit(code, true);
        }}
      >
        <label className="flex grow flex-col gap-1 text-sm font-medium text-slate-700">
          {t("codeLabel")}
          <input
            name="code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="XXXX-XXXX-XXXX"
            className="rounded-md border border-slate-300 px-3 py-2 font-mono text-base uppercase"
          />
        </label>
        <Button type="submit" disabled={pending || !code.trim()}>
          {t("submit")}
        </Button>
      </form>
      <div aria-live="assertive" className="min-h-6">
        {outcome && (
          <p role={outcome.ok ? "status" : "alert"} className={outcome.ok ? "rounded-md bg-emerald-50 p-3 font-medium text-emerald-800" : "rounded-md bg-red-50 p-3 font-medium text-red-800"}>
            {outcome.text}
          </p>
        )}
      </div>
    </div>
  );
}

export function UndoCheckInButton(props: { attendeeId: string; name: string }) {
  const t = useTranslations("CheckIn");
  const te = useTranslations("ActionErrors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <Button
        type="button"
        variant="secondary"
        size="sm"
        disabled={pending}
        aria-label={t("undoFor", { name: props.name })}
        onClick={() =>
          startTransition(async () => {
            const result = await undoAttendeeCheckInAction({ attendeeId: props.attendeeId }).catch(() => null);
            if (result?.ok) router.refresh();
            else setError(result?.formError ?? te("unexpected"));
          })
        }
      >
        {t("undo")}
      </Button>
      {error && (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
