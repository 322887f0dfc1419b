// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SignedInMessages } from "@/components/layout/signed-in-messages";

// Every page below reads the visitor's session. The locale layout lets pages be cached; here
// they render per request, including a page that forgets to say so itself.
export const dynamic = "force-dynamic";

// Sign-in, sign-up and the mailed links have nothing for a search index; every page below inherits this.
export const metadata: Metadata = { robots: { index: false } };

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">
      <SignedInMessages>{children}</SignedInMessages>
    </div>
  );
}
