// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { StoredMail } from "./mailbox";

/**
 * A local SMTP server for development and end-to-end tests: accepts every mail and stores it in
 * a folder instead of delivering it (see lib/mail/mailbox.ts for the format). Listens on
 * 127.0.0.1 only, without TLS or authentication.
 */
export interface DevMailServer {
  url: string;
  port: number;
  dir: string;
  stop: () => Promise<void>;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return "";
  return (Array.isArray(value) ? value : [value]).map((a) => a.text).join(", ");
}

async function store(dir: string, raw: Buffer, recipients: string[]): Promise<void> {
  // Sortable by arrival; the random part keeps two mails in one millisecond apart.
  const id = `${Date.now().toString().padStart(14, "0")}-${randomBytes(4).toString("hex")}`;
  await writeFile(path.join(dir, `${id}.eml`), raw);
  const parsed = await simpleParser(raw);
  const mail: StoredMail = {
    id,
    from: addresses(parsed.from),
    to: recipients,
    subject: parsed.subject ?? "",
    date: (parsed.date ?? new Date()).toISOString(),
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : null,
  };
  const tmp = path.join(dir, `.${id}.json.tmp`);
  await writeFile(tmp, JSON.stringify(mail, null, 2));
  await rename(tmp, path.join(dir, `${id}.json`));
}

function listen(server: SMTPServer, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    // SMTPServer re-emits its socket's errors; without a listener on it too, a busy port
    // would crash the process instead of reaching the fallback below.
    const onError = (e: Error) => reject(e);
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve((server.server.address() as { port: number }).port);
    });
  });
}

export async function startDevMailServer(options: { dir: string; port?: number; host?: string }): Promise<DevMailServer> {
  const dir = path.resolve(options.dir);
  const host = options.host ?? "127.0.0.1";
  await mkdir(dir, { recursive: true });
  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ["AUTH", "STARTTLS"],
      disableReverseLookup: true,
      logger: false,
      size: 10 * 1024 * 1024,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          const recipients = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          store(dir, Buffer.concat(chunks), recipients).then(
            () => callback(),
            (e: Error) => callback(e),
          );
        });
      },
    });

  let server = create();
  let port: number;
  try {
    port = await listen(server, options.port ?? 2525, host);
  } catch (e) {
    // Another portal (or a test run) already has the usual port: take any free one.
    if ((e as NodeJS.ErrnoException).code !== "EADDRINUSE") throw e;
    server = create();
    port = await listen(server, 0, host);
  }
  server.on("error", (e) => console.error(`[mail] development mail server: ${e.message}`));
  return {
    url: `smtp://${host}:${port}`,
    port,
    dir,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
