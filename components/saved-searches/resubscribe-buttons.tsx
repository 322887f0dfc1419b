// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { resubscribeAlertAction } from "@/lib/alerts/actions/resubscribe-alert";

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
          <Button
            variant="secondary"
            key={frequency}
            type="button"
            disabled={pending}
            data-testid={`resubscribe-${frequency.toLowerCase()}`}
            onClick={() => run(() => resubscribeAlertAction({ token, frequency }), () => setDone(frequency))}
          >
            {t(frequency === "DAILY" ? "daily" : "weekly")}
          </Button>
        ))}
      </div>
      <ActionError message={error} />
    </div>
  );
}
