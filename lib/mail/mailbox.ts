// SPDX-License-Identifier: EUPL-1.2
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Mails received by the development mail server (lib/mail/dev-server.ts). Each mail is kept as
 * `<id>.eml` (the raw message, openable in any mail client) next to `<id>.json` (parsed fields,
 * written last, so a listed mail is always complete).
 */
export interface StoredMail {
  id: string;
  from: string;
  to: string[];
  subject: string;
  date: string;
  text: string;
  html: string | null;
}

export const DEFAULT_MAIL_DIR = ".data/mail";

const ID = /^[\w-]+$/;

/** Newest first. */
export async function listMailbox(dir = DEFAULT_MAIL_DIR): Promise<StoredMail[]> {
  let names: string[];
  try {
    names = await readdir(/*turbopackIgnore: true*/ dir);
  } catch {
    return [];
  }
  const mails = await Promise.all(
    names
      .filter((n) => n.endsWith(".json"))
      .map(async (n) => JSON.parse(await readFile(path.join(/*turbopackIgnore: true*/ dir, n), "utf8")) as StoredMail),
  );
  return mails.sort((a, b) => b.id.localeCompare(a.id));
}

export async function readStoredMail(dir: string, id: string): Promise<StoredMail | null> {
  if (!ID.test(id)) return null;
  try {
    return JSON.parse(await readFile(path.join(/*turbopackIgnore: true*/ dir, `${id}.json`), "utf8")) as StoredMail;
  } catch {
    return null;
  }
}
