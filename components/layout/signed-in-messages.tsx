// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages } from "@/lib/i18n/client-messages";

/**
 * The client texts of the signed-in areas (account, organizer, admin, sign-in): their layouts wrap
 * their pages in this, so the public pages, which the layout above serves with a much smaller
 * set, do not carry them.
 */
export async function SignedInMessages({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider messages={clientMessages(await getMessages())}>{children}</NextIntlClientProvider>;
}
