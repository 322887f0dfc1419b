// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { SelectField } from "@/components/forms/select-field";
import { setAlertFrequencyAction } from "@/lib/saved-searches/actions/set-alert-frequency";
import { ALERT_FREQUENCIES, type AlertFrequencyValue } from "@/lib/saved-searches/schema";

/** Saves as soon as another frequency is chosen, and says so. */
export function AlertFrequencySelect({
  savedSearchId,
  frequency,
}: {
  savedSearchId: string;
  frequency: AlertFrequencyValue;
}) {
  const t = useTranslations("SavedSearches");
  const { pending, error, run } = useActionRunner();
  const [value, setValue] = useState(frequency);
  const [saved, setSaved] = useState(false);
  return (
    <div className="flex flex-col gap-1">
      <SelectField
        label={t("frequency.label")}
        value={value}
        disabled={pending}
        data-testid="saved-search-frequency"
        options={ALERT_FREQUENCIES.map((f) => ({ value: f, label: t(`frequency.${f}`) }))}
        onChange={(event) => {
          const next = event.target.value as AlertFrequencyValue;
          const previous = value;
          setValue(next);
          setSaved(false);
          run(
            async () => {
              const result = await setAlertFrequencyAction({ savedSearchId, frequency: next });
              if (!result.ok) setValue(previous);
              return result;
            },
            () => setSaved(true),
          );
        }}
      />
      <p role="status" className="min-h-5 text-sm text-emerald-800">
        {saved ? t("frequencySaved") : ""}
      </p>
      <ActionError message={error} />
    </div>
  );
}
