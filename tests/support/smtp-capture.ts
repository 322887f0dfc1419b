// SPDX-License-Identifier: EUPL-1.2
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server for tests: the code under test sends through nodemailer exactly as in
 * production (set SMTP_URL to `capture.url`), and the test reads what arrived.
 *
 *   const capture = await startSmtpCapture();
 *   process.env.SMTP_URL = capture.url;
 *   …
 *   const mail = await capture.waitForMail("ana@example.com", (m) => m.subject.includes("bestätigen"));
 *   const link = linkIn(mail, "/verify-email");
 */
export interface CapturedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  parsed: ParsedMail;
}

export interface SmtpCapture {
  url: string;
  mails: CapturedMail[];
  waitForMail(to: string, predicate?: (mail: CapturedMail) => boolean, timeoutMs?: number): Promise<CapturedMail>;
  /** Mails to this address so far (the address compared case-insensitively). */
  mailsTo(to: string): CapturedMail[];
  clear(): void;
  stop(): Promise<void>;
}

export async function startSmtpCapture(): Promise<SmtpCapture> {
  const mails: CapturedMail[] = [];
  const waiters = new Set<() => void>();

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: parsed.from?.text ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            parsed,
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((e: Error) => callback(e));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as { port: number };

  const mailsTo = (to: string) => mails.filter((m) => m.to.includes(to.toLowerCase()));

  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    mailsTo,
    clear: () => void mails.splice(0),
    waitForMail(to, predicate = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = mailsTo(to).find(predicate);
          if (!found) return false;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(found);
          return true;
        };
        const wake = () => void check();
        const timer = setTimeout(() => {
          waiters.delete(wake);
          const seen = mails.map((m) => `${m.to.join(",")}: ${m.subject}`).join("; ") || "none";
          reject(new Error(`no matching mail to ${to} within ${timeoutMs} ms (received: ${seen})`));
        }, timeoutMs);
        waiters.add(wake);
        check();
      });
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The first link in the mail's text whose path contains `pathPart`. */
export function linkIn(mail: { text: string }, pathPart: string): URL {
  const url = mail.text.match(/https?:\/\/\S+/g)?.map((u) => new URL(u)).find((u) => u.pathname.includes(pathPart));
  if (!url) throw new Error(`no link containing ${pathPart} in mail:\n${mail.text}`);
  return url;
}
