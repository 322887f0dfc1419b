// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { verifyEmailAction } from "@/lib/auth/actions/verify-email";
import { verifyEmailSchema } from "@/lib/auth/schema";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";

// Confirming takes a click rather than happening on page load, so mail scanners that open
// links in advance do not use the link up.
export function VerifyEmailForm({ token, callbackUrl }: { token: string; callbackUrl?: string }) {
  const t = useTranslations("Auth.verify");
  const [done, setDone] = useState<"verified" | "emailChanged" | null>(null);
  const { submit, formError, pending } = useActionForm({
    schema: verifyEmailSchema,
    action: verifyEmailAction,
    defaultValues: { token },
    onSuccess: (data) => setDone(data.kind),
  });

  if (done) {
    return (
      <div className="flex flex-col gap-4">
        <FormAlert tone="success">{done === "verified" ? t("verified") : t("emailChanged")}</FormAlert>
        {done === "verified" ? (
          <Button
            href={{ pathname: "/sign-in", query: callbackUrl ? { callbackUrl } : {} }}
            className="self-start"
          >
            {t("continue")}
          </Button>
        ) : (
          <Button href="/account" className="self-start">
            {t("toAccount")}
          </Button>
        )}
      </div>
    );
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <p className="text-slate-700">{t("intro")}</p>
      <div>
        <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
