// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { currentTestCaller } from "../auth/test-session";
import { clientAddress } from "../http/client-address";
import { toLocale } from "../i18n/translator";
import type { Locale } from "../i18n/routing";

/** Who is calling, as far as language and rate limits are concerned. */
export async function callerLocaleAndIp(): Promise<{ locale: Locale; ip: string }> {
  const test = currentTestCaller();
  if (test) return { locale: test.locale, ip: test.ip };
  const [locale, requestHeaders] = await Promise.all([getLocale(), headers()]);
  return { locale: toLocale(locale), ip: clientAddress(requestHeaders) };
}
