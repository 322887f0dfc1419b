// SPDX-License-Identifier: EUPL-1.2
"use client";

import type { ReactNode } from "react";
import { SessionProvider } from "next-auth/react";

/**
 * The session as the browser asks for it (next-auth's session endpoint), once per page for every
 * component that needs it: the header's account link, "save this search". Public pages are then
 * free of per-user rendering and can be cached; what those components lead to checks the session
 * on the server.
 */
export function BrowserSession({ children }: { children: ReactNode }) {
  return <SessionProvider refetchOnWindowFocus={false}>{children}</SessionProvider>;
}
