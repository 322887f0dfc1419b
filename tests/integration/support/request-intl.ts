// SPDX-License-Identifier: EUPL-1.2
import { createFormatter, createTranslator } from "next-intl";
import { currentTestCaller } from "@/lib/auth/test-session";
import type { Locale } from "@/lib/i18n/routing";
import { toLocale } from "@/lib/i18n/translator";

/**
 * Stands in for next-intl/server when a test calls a page's function directly. The real module
 * reads the locale from the request Next.js renders, and there is none here; these answer with
 * the portal's own request configuration (lib/i18n/request.ts: messages, time zone, formats) for
 * the locale the page asks for, or else the test caller's.
 */
type Arg = string | { locale?: string; namespace?: string } | undefined;
type RequestConfig = { locale: Locale; timeZone: string; messages: Record<string, unknown>; formats: Record<string, never> };

export function getRequestConfig(make: (p: { requestLocale: Promise<string> }) => Promise<RequestConfig>) {
  return make;
}

async function configFor(arg: Arg) {
  const requested = typeof arg === "object" && arg?.locale ? arg.locale : currentTestCaller()?.locale;
  const make = (await import("@/lib/i18n/request")).default as unknown as ReturnType<typeof getRequestConfig>;
  return make({ requestLocale: Promise.resolve(toLocale(requested)) });
}

export async function getTranslations(arg?: Arg) {
  const config = await configFor(arg);
  const namespace = typeof arg === "string" ? arg : arg?.namespace;
  return createTranslator({ ...config, namespace: namespace as never });
}

export async function getFormatter(arg?: { locale?: string }) {
  return createFormatter(await configFor(arg));
}

export async function getLocale() {
  return (await configFor(undefined)).locale;
}

export function setRequestLocale() {}

export async function getMessages(arg?: { locale?: string }) {
  return (await configFor(arg)).messages;
}
