// SPDX-License-Identifier: EUPL-1.2
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-header";

export default function NotFoundPage() {
  const t = useTranslations("NotFound");
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <PageTitle className="mt-2 text-3xl">{t("title")}</PageTitle>
      <p className="mt-4 text-slate-600">{t("text")}</p>
      <Button href="/" className="mt-8">
        {t("home")}
      </Button>
    </section>
  );
}
