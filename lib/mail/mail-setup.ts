// SPDX-License-Identifier: EUPL-1.2
import { ConfigError } from "../db/config";

/**
 * How a command started by scripts/with-db.ts sends mail:
 * - "smtp": through SMTP_URL;
 * - "dev-server": through the development SMTP server, which keeps every mail in DEV_MAIL_DIR
 *   and delivers none;
 * - "none": the command sends no mail.
 *
 * `npm run dev` may fall back to the development server. `npm start` may not: a production portal
 * whose password-reset mails quietly end up in a folder looks as if it worked. It refuses to start
 * without SMTP_URL unless DEV_MAIL=1 says that keeping the mails is intended (a demo, the e2e tests).
 */
export type MailSetup = "smtp" | "dev-server" | "none";
export type MailPolicy = "development" | "production" | "none";

export function mailSetup(policy: MailPolicy, env: Record<string, string | undefined>): MailSetup {
  const devMail = env.DEV_MAIL ?? "";
  if (!["", "0", "1"].includes(devMail)) throw new ConfigError(`DEV_MAIL must be 1 or 0 (got "${devMail}")`);
  if (env.SMTP_URL) return policy === "none" ? "none" : "smtp";
  if (policy === "development") return "dev-server";
  if (policy === "production") {
    if (devMail === "1") return "dev-server";
    throw new ConfigError(
      "SMTP_URL is not set: without it no sign-up, password-reset or invitation mail is delivered. " +
        "Set SMTP_URL (e.g. smtp://mail.example.com:587), or DEV_MAIL=1 to keep mails in DEV_MAIL_DIR without delivering them.",
    );
  }
  return "none";
}
