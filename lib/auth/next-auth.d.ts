// SPDX-License-Identifier: EUPL-1.2
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user?: { id: string; email?: string | null; name?: string | null };
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The user's sessionVersion when the token was issued; see User.sessionVersion. */
    sv?: number;
  }
}
