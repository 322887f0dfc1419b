// SPDX-License-Identifier: EUPL-1.2
"use client";

import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Signs out and goes to `callbackUrl` (a path on this site), the home page by default. */
export function SignOutButton({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("Account");
  const locale = useLocale();
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="neutral"
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: callbackUrl ?? `/${locale}` });
      }}
    >
      {t("signOut")}
    </Button>
  );
}
