// SPDX-License-Identifier: EUPL-1.2
import { AsyncLocalStorage } from "node:async_hooks";
import { isProduction } from "../env/mode";
import type { Locale } from "../i18n/routing";

/**
 * The one seam tests use to act as somebody. Inside `withTestSession(user, fn)`,
 * `getSessionUser()` loads that user from the (real) database instead of reading the session
 * cookie, and server actions take locale and client address from here instead of the request.
 * Everything else — database, permissions, mail — runs as in production.
 *
 *   await withTestSession(owner, () => inviteMemberAction({ ... }));
 *   await withTestSession(null, () => signUpAction({ ... }), { ip: "203.0.113.7" });
 */
export interface TestCaller {
  userId: string | null;
  locale: Locale;
  ip: string;
}

const storage = new AsyncLocalStorage<TestCaller>();

export function withTestSession<T>(
  user: { id: string } | null,
  fn: () => Promise<T>,
  options: { locale?: Locale; ip?: string } = {},
): Promise<T> {
  // Impersonation must never be reachable in a running portal.
  if (isProduction()) throw new Error("withTestSession is only available in tests");
  return storage.run({ userId: user?.id ?? null, locale: options.locale ?? "de", ip: options.ip ?? "127.0.0.1" }, fn);
}

export function currentTestCaller(): TestCaller | undefined {
  return storage.getStore();
}
