// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { setVerificationScopeAction } from "@/lib/institutions/actions/set-verification-scope";
import { VERIFICATION_SCOPES } from "@/lib/institutions/schema";

/** The platform admin's choice of what an institution may vouch for; applies at once. */
export function VerificationScopeControl({
  institutionId,
  institutionName,
  scope,
}: {
  institutionId: string;
  institutionName: string;
  scope: (typeof VERIFICATION_SCOPES)[number];
}) {
  const t = useTranslations("Institutions");
  const { pending, error, run } = useActionRunner();
  return (
    <div>
      <select
        aria-label={t("admin.scopeOf", { name: institutionName })}
        defaultValue={scope}
        disabled={pending}
        onChange={(e) => {
          const verificationScope = e.target.value as (typeof VERIFICATION_SCOPES)[number];
          run(() => setVerificationScopeAction({ institutionId, verificationScope }));
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {VERIFICATION_SCOPES.map((s) => (
          <option key={s} value={s}>
            {t(`scopes.${s}`)}
          </option>
        ))}
      </select>
      <ActionError message={error} />
    </div>
  );
}
