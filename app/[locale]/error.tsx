// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-header";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Error");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="mx-auto max-w-xl py-16 text-center" role="alert">
      <PageTitle className="text-3xl">{t("title")}</PageTitle>
      <p className="mt-4 text-slate-600">{t("text")}</p>
      <Button
        type="button"
        onClick={reset}
        className="mt-8"
      >
        {t("retry")}
      </Button>
    </section>
  );
}
