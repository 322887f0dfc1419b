// SPDX-License-Identifier: EUPL-1.2
import { createTranslator, type Messages, type MessageKeys, type NestedKeyOf } from "next-intl";
import de from "../../messages/de.json";
import cs from "../../messages/cs.json";
import en from "../../messages/en.json";
import { routing, type Locale } from "./routing";

/**
 * Translations outside a rendered page: server actions answering in the caller's language and
 * mails written in the recipient's language, which may differ from the request's locale.
 */
const MESSAGES = { de, cs, en } as const;

export function toLocale(value: string | null | undefined): Locale {
  return (routing.locales as readonly string[]).includes(value ?? "") ? (value as Locale) : routing.defaultLocale;
}

export function messagesFor(locale: Locale) {
  return MESSAGES[locale] as typeof de;
}

export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale) });
}

/**
 * Every complete message key of the catalogue ("Team.errors.lastOwner"), from messages/de.json
 * through the AppConfig augmentation in global.d.ts. A key built at run time must be a union
 * of these, so a typo fails the typecheck instead of showing the raw key to the user.
 */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/** Looks up a dotted key chosen at run time; a key missing from one locale's file falls back to the key. */
export function translateKey(locale: Locale, key: MessageKey, values?: Record<string, string | number>): string {
  const t = translatorFor(locale);
  return t.has(key) ? t(key, values) : key;
}
