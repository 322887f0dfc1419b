// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { runSchedulerAction } from "@/lib/matchmaking/actions/run-scheduler";
import { useRouter } from "@/lib/i18n/navigation";

type Outcome = { placed: number; kept: number; unscheduled: { requestId: string; reason: string }[] };

export function SchedulerPanel({ eventId }: { eventId: string }) {
  const t = useTranslations("OrganizerDashboard.scheduler");
  const router = useRouter();
  const { pending, error, run } = useActionRunner();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const start = (mode: "open" | "all") =>
    run(
      () => runSchedulerAction({ eventId, mode }),
      (data) => {
        setOutcome(data);
        router.refresh();
      },
    );
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          disabled={pending}
          onClick={() => start("open")}
        >
          {t("runOpen")}
        </Button>
        <Button
          variant="secondary"
          type="button"
          disabled={pending}
          onClick={() => window.confirm(t("confirmAll")) && start("all")}
        >
          {t("runAll")}
        </Button>
      </div>
      <ActionError message={error} />
      {outcome ? (
        <FormAlert tone={outcome.unscheduled.length ? "info" : "success"}>
          {t("result", { placed: outcome.placed, kept: outcome.kept, unscheduled: outcome.unscheduled.length })}
        </FormAlert>
      ) : null}
    </div>
  );
}
