// SPDX-License-Identifier: EUPL-1.2
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function NotFoundPage() {
  const t = useTranslations("NotFound");
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-4 text-slate-600">{t("text")}</p>
      <Button href="/" className="mt-8">
        {t("home")}
      </Button>
    </section>
  );
}
