// SPDX-License-Identifier: EUPL-1.2
import { getTranslations } from "next-intl/server";
import { MAX_MONTHS, type PeriodProblem } from "@/lib/dashboards/period";

/** Says which period is shown instead when the one asked for made no sense. */
export async function PeriodNotice({ problem }: { problem: PeriodProblem | null }) {
  if (!problem) return null;
  const t = await getTranslations("Statistics.periodProblem");
  return (
    <p role="status" className="rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">
      {t(problem, { max: MAX_MONTHS })}
    </p>
  );
}
