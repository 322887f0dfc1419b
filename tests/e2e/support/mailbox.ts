// SPDX-License-Identifier: EUPL-1.2
import { listMailbox, type StoredMail } from "../../../lib/mail/mailbox";

/**
 * The end-to-end server runs with `--dev-mail` (see playwright.config.ts): its mail goes over
 * SMTP to the development mail server, which stores each message in E2E_MAIL_DIR. Tests read
 * that folder, so they see exactly what a mail client would receive.
 */
export const E2E_MAIL_DIR = process.env.E2E_MAIL_DIR ?? ".data/e2e-mail";

export async function waitForMail(
  to: string,
  predicate: (mail: StoredMail) => boolean = () => true,
  timeoutMs = 15_000,
): Promise<StoredMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await listMailbox(E2E_MAIL_DIR)).find((m) => m.to.includes(to.toLowerCase()) && predicate(m));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} arrived in ${E2E_MAIL_DIR} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The first link in the mail's text whose path contains `pathPart`, made relative to the site. */
export function linkPath(mail: StoredMail, pathPart: string): string {
  const url = mail.text.match(/https?:\/\/\S+/g)?.map((u) => new URL(u)).find((u) => u.pathname.includes(pathPart));
  if (!url) throw new Error(`no link containing ${pathPart} in mail "${mail.subject}"`);
  return `${url.pathname}${url.search}`;
}
