// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useState, type FormEvent } from "react";
import { ActionError, useActionRunner } from "@/components/forms/use-action-runner";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-header";
import { Link } from "@/lib/i18n/navigation";
import { unsubscribeAlertAction } from "@/lib/alerts/actions/unsubscribe-alert";
import { ResubscribeButtons } from "./resubscribe-buttons";

/**
 * The unsubscribe page's body. Rendering it changes nothing (mail scanners open links too); once
 * it runs in a browser it switches the alerts off by itself, so a person still needs one click:
 * the one on the link. Until then a plain form does the same without JavaScript, through the
 * one-click endpoint, which sends the browser back here.
 */
export function UnsubscribeAlert({ token, name, alreadyOff }: { token: string; name: string; alreadyOff: boolean }) {
  const t = useTranslations("Alerts.unsubscribe");
  const { pending, error, run } = useActionRunner();
  const [done, setDone] = useState(alreadyOff);

  const unsubscribe = () => run(() => unsubscribeAlertAction({ token }), () => setDone(true));
  // On arrival only. Development runs effects twice, which is harmless: switching off is idempotent.
  const onArrival = useEffectEvent(() => {
    if (!done) unsubscribe();
  });
  useEffect(() => onArrival(), []);

  if (done) {
    return (
      <Card as="section" className="mx-auto flex max-w-xl flex-col gap-4" data-testid="alert-unsubscribed">
        <PageTitle compact>{t("title")}</PageTitle>
        <p className="text-slate-700">{t("body", { name })}</p>
        <ResubscribeButtons token={token} />
        <Link href="/account/saved-searches" className="text-sm font-medium text-brand-700 underline">
          {t("manage")}
        </Link>
      </Card>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    unsubscribe();
  };

  return (
    <Card as="section" className="mx-auto flex max-w-xl flex-col gap-4" data-testid="alert-unsubscribe">
      <PageTitle compact>{t("confirmTitle")}</PageTitle>
      <p className="text-slate-700">{t("confirmBody", { name })}</p>
      <form method="post" action={`/api/alerts/unsubscribe/${encodeURIComponent(token)}`} onSubmit={onSubmit}>
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <input type="hidden" name="from" value="page" />
        <Button
          type="submit"
          disabled={pending}
          data-testid="alert-unsubscribe-confirm"
        >
          {pending ? t("working") : t("confirm")}
        </Button>
        <ActionError message={error} />
      </form>
    </Card>
  );
}
