// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { servedOverHttps, settings } from "../env";
import { provideNextAuthUrl } from "../env/process";
import { clientAddress } from "../http/client-address";
import { safeReturnPath } from "../security/return-path";

// The database is loaded on first use: `next build` evaluates the auth route without a database.
const database = () => import("../db").then((m) => m.db);

provideNextAuthUrl();

const THIRTY_DAYS = 30 * 24 * 3600;

const REVOKED = "SessionRevokedError";

class SessionRevokedError extends Error {
  constructor() {
    super("session revoked");
    this.name = REVOKED;
  }
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: THIRTY_DAYS, updateAge: 24 * 3600 },
  secret: settings().NEXTAUTH_SECRET ?? settings().AUTH_SECRET,
  useSecureCookies: servedOverHttps(),
  // next-auth's own pages are never shown; the locale-aware pages live under app/[locale]/(auth).
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const ip = clientAddress(new Headers(req.headers as Record<string, string>));
        const { authorizeCredentials } = await import("./credentials");
        const result = await authorizeCredentials(credentials, ip);
        if (result.ok) return result.user;
        // The message travels to the browser as the sign-in error code.
        throw new Error(result.reason === "rate_limited" ? `rate_limited:${result.retryAfterSeconds}` : result.reason);
      },
    }),
  ],
  callbacks: {
    // next-auth's own check lets any path through, including ones browsers turn into another host.
    redirect({ url, baseUrl }) {
      const path = safeReturnPath(url, baseUrl);
      return path ? `${new URL(baseUrl).origin}${path}` : baseUrl;
    },
    async jwt({ token, user, trigger }) {
      if (trigger === "signIn" && user) {
        return { sub: user.id, email: user.email, name: user.name, sv: user.sessionVersion ?? 0 };
      }
      // A token outlives its user or a password reset only until the next request.
      const current = token.sub
        ? await (await database()).user.findUnique({ where: { id: token.sub }, select: { sessionVersion: true } })
        : null;
      if (!current || current.sessionVersion !== (token.sv ?? 0)) throw new SessionRevokedError();
      return token;
    },
    async session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub!, email: token.email, name: token.name } };
    },
  },
  logger: {
    error(code, metadata) {
      // A revoked token is an expected outcome: next-auth clears the cookie, nothing to report.
      const info = metadata as { name?: string; error?: { name?: string } } | undefined;
      if ((info?.error?.name ?? info?.name) === REVOKED) return;
      console.error(`[auth] ${code}`, metadata);
    },
    warn(code) {
      if (code !== "NEXTAUTH_URL" && code !== "DEBUG_ENABLED") console.warn(`[auth] ${code}`);
    },
    debug() {},
  },
};
