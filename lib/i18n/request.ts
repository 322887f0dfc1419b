// SPDX-License-Identifier: EUPL-1.2
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // Saxony and Bohemia share one time zone; events are always shown in it.
    timeZone: "Europe/Berlin",
    messages: (await import(`../../messages/${locale}.json`)).default,
    formats: {
      dateTime: {
        eventDay: { weekday: "short", day: "numeric", month: "long", year: "numeric" },
        eventTime: { hour: "2-digit", minute: "2-digit" },
        short: { day: "numeric", month: "short", year: "numeric" },
      },
    },
  };
});
