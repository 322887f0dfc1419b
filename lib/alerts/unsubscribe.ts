// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import { hashToken } from "../auth/tokens";
import type { Db } from "../db/prisma";
import type { Locale } from "../i18n/routing";
import { toLocale } from "../i18n/translator";
import { unsubscribeTokenField } from "../saved-searches/schema";

/**
 * The one-click unsubscribe link in every alert mail. It works without signing in: the token
 * is a secret of the one saved search and can do nothing but switch its alerts off and on.
 * Each mail gets a new token, and only its hash is stored (see AlertUnsubscribeToken).
 */
export function newUnsubscribeToken(): string {
  return randomBytes(32).toString("base64url");
}

export interface AlertSubscription {
  id: string;
  name: string;
  locale: Locale;
  frequency: "NONE" | "DAILY" | "WEEKLY";
}

type SavedSearchDb = Pick<Db, "savedSearch" | "alertUnsubscribeToken">;

/** A new link token for a mail about this saved search; the plain token exists only in the mail. */
export async function issueUnsubscribeToken(db: Pick<Db, "alertUnsubscribeToken">, savedSearchId: string): Promise<string> {
  const token = newUnsubscribeToken();
  await db.alertUnsubscribeToken.create({ data: { savedSearchId, tokenHash: hashToken(token) } });
  return token;
}

async function savedSearchIdFor(db: SavedSearchDb, token: string): Promise<string | null> {
  if (!unsubscribeTokenField.safeParse(token).success) return null;
  const found = await db.alertUnsubscribeToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { savedSearchId: true },
  });
  return found?.savedSearchId ?? null;
}

async function subscription(db: SavedSearchDb, id: string): Promise<AlertSubscription | null> {
  const search = await db.savedSearch.findUnique({
    where: { id },
    select: { id: true, name: true, locale: true, frequency: true },
  });
  return search ? { ...search, locale: toLocale(search.locale) } : null;
}

/**
 * What an unsubscribe link belongs to, changing nothing: opening the link (a GET, which mail
 * scanners and link previews also do) only shows the page; the page's button or script switches
 * the alerts off. Null when the link is not (or no longer) valid.
 */
export async function alertSubscriptionByToken(db: SavedSearchDb, token: string): Promise<AlertSubscription | null> {
  const id = await savedSearchIdFor(db, token);
  return id ? subscription(db, id) : null;
}

/** Switches the alerts off; doing it twice is fine. Null when the link is not (or no longer) valid. */
export async function unsubscribeByToken(db: SavedSearchDb, token: string): Promise<AlertSubscription | null> {
  const id = await savedSearchIdFor(db, token);
  if (!id) return null;
  await db.savedSearch.updateMany({ where: { id, frequency: { not: "NONE" } }, data: { frequency: "NONE" } });
  return subscription(db, id);
}

/**
 * Switches the alerts back on from the unsubscribe page. Like turning them on in the account,
 * the next digest lists what is new from now on.
 */
export async function resubscribeByToken(
  db: SavedSearchDb,
  token: string,
  frequency: "DAILY" | "WEEKLY",
  now = new Date(),
): Promise<AlertSubscription | null> {
  const id = await savedSearchIdFor(db, token);
  if (!id) return null;
  await db.savedSearch.updateMany({ where: { id, frequency: "NONE" }, data: { frequency, alertedUntil: now } });
  await db.savedSearch.updateMany({ where: { id }, data: { frequency } });
  return subscription(db, id);
}
