// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { FormAlert } from "@/components/forms/form-alert";
import { resubscribeAlertAction } from "@/lib/alerts/actions/resubscribe-alert";

const button = "rounded-md px-4 py-2 font-medium ring-1 disabled:opacity-60";

/** Second thoughts on the unsubscribe page: alerts back on with the link's own token. */
export function ResubscribeButtons({ token }: { token: string }) {
  const t = useTranslations("Alerts.unsubscribe");
  const { pending, error, run } = useActionRunner();
  const [done, setDone] = useState<"DAILY" | "WEEKLY" | null>(null);

  if (done) return <FormAlert tone="success">{t("resubscribed", { frequency: done })}</FormAlert>;
  return (
    <div className="flex flex-col gap-2">
      <p className="font-medium">{t("resubscribe")}</p>
      <div className="flex flex-wrap gap-2">
        {(["DAILY", "WEEKLY"] as const).map((frequency) => (
          <button
            key={frequency}
            type="button"
            disabled={pending}
            data-testid={`resubscribe-${frequency.toLowerCase()}`}
            onClick={() => run(() => resubscribeAlertAction({ token, frequency }), () => setDone(frequency))}
            className={`${button} bg-white text-brand-800 ring-slate-300 hover:bg-slate-50`}
          >
            {t(frequency === "DAILY" ? "daily" : "weekly")}
          </button>
        ))}
      </div>
      <ActionError message={error} />
    </div>
  );
}
