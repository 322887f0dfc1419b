// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import { db } from "../db";
import { settings } from "../env";
import { createLogoStore, type LogoStore, type StoredLogo } from "./logo-store";
import { isLogoFileName } from "./logo-url";

/** The configured store (see logo-store.ts), made again only when the settings change. */
let current: { settings: ReturnType<typeof settings>; store: LogoStore } | null = null;

export function logoStore(): LogoStore {
  const s = settings();
  if (current?.settings !== s) current = { settings: s, store: createLogoStore(db, s) };
  return current.store;
}

/** Stores a processed logo under a new random name and returns the name. */
export async function storeLogo(data: Buffer): Promise<string> {
  const fileName = `${randomBytes(16).toString("hex")}.webp`;
  await logoStore().put(fileName, { data, contentType: "image/webp" });
  return fileName;
}

export async function readLogo(fileName: string): Promise<StoredLogo | null> {
  // Names come from the URL; only our own pattern reaches the store.
  if (!isLogoFileName(fileName)) return null;
  return logoStore().get(fileName);
}

/** Removes a logo; one already gone is fine. Failures are logged, not thrown, because the database is already updated. */
export async function removeLogo(fileName: string | null | undefined): Promise<void> {
  if (!fileName || !isLogoFileName(fileName)) return;
  try {
    await logoStore().remove([fileName]);
  } catch (e) {
    console.error(`[logo] could not remove ${fileName}: ${(e as Error).message}`);
  }
}
