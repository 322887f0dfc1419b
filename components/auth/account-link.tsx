// SPDX-License-Identifier: EUPL-1.2
"use client";

import { useSession } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";

/** Sign-in or the account, as the browser's session says (components/auth/browser-session.tsx). */
export function AccountLink() {
  const t = useTranslations("Auth.nav");
  const { status } = useSession();
  // Reserve the space while the session loads so the header does not jump.
  if (status === "loading") return <span className="inline-block w-24" aria-hidden />;
  return status === "authenticated" ? (
    <Link href="/account" className="rounded px-2 py-1 text-sm font-medium text-brand-800 hover:underline">
      {t("account")}
    </Link>
  ) : (
    <Button size="sm" href="/sign-in">
      {t("signIn")}
    </Button>
  );
}
