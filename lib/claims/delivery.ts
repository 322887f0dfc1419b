// SPDX-License-Identifier: EUPL-1.2
import type { OutgoingMail } from "../mail/transport";
import { sendMail } from "../mail/transport";

/**
 * Sends mails a few at a time and tells which could not be sent, so callers can record an honest
 * state ("mail failed") instead of claiming a delivery that did not happen.
 */
export async function sendAll<K>(mails: readonly { key: K; mail: OutgoingMail }[], concurrency = 4): Promise<K[]> {
  const failed: K[] = [];
  let next = 0;
  const worker = async () => {
    while (next < mails.length) {
      const { key, mail } = mails[next++];
      try {
        await sendMail(mail);
      } catch (error) {
        console.error(`[mail] sending "${mail.subject}" failed: ${(error as Error).message}`);
        failed.push(key);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, mails.length) }, worker));
  return failed;
}
