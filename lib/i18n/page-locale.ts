// SPDX-License-Identifier: EUPL-1.2
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { routing, type Locale } from "./routing";

/** Validates the [locale] segment of a page (unknown → 404) and enables static rendering hints. */
export function pageLocale(value: string): Locale {
  if (!hasLocale(routing.locales, value)) notFound();
  setRequestLocale(value);
  return value;
}
