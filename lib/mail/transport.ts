// SPDX-License-Identifier: EUPL-1.2
import nodemailer, { type Transporter } from "nodemailer";
import { settings } from "../env";
import { isProduction } from "../env/mode";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra header lines, e.g. List-Unsubscribe on alert digests. */
  headers?: Record<string, string>;
  /** Files sent along, e.g. the QR codes of a confirmed registration. */
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

let cached: { url: string; transporter: Transporter } | null = null;

// Read per send: tests and the development wrapper point SMTP_URL at their own server.
function transporterFor(url: string): Transporter {
  if (cached?.url !== url) cached = { url, transporter: nodemailer.createTransport(url) };
  return cached.transporter;
}

export function mailFrom(): string {
  return settings().MAIL_FROM;
}

/**
 * Sends over SMTP_URL (smtp://host:port, smtps://user:pass@host:465). Without SMTP_URL outside
 * production the mail is printed instead, so a bare `next dev` still shows verification links.
 */
export async function sendMail(mail: OutgoingMail): Promise<void> {
  const url = settings().SMTP_URL;
  if (!url) {
    if (isProduction()) throw new Error("SMTP_URL is not set; cannot send mail");
    console.info(`[mail] SMTP_URL is not set. Mail to ${mail.to}: ${mail.subject}\n${mail.text}`);
    return;
  }
  await transporterFor(url).sendMail({ from: mailFrom(), ...mail });
}

/**
 * Sends without making the caller wait. Answers such as "we have sent you a link" must take
 * the same time whether or not an account exists; waiting for the mail server would tell.
 */
export function sendMailInBackground(mail: OutgoingMail): void {
  sendMail(mail).catch((error: Error) => console.error(`[mail] sending "${mail.subject}" failed: ${error.message}`));
}
