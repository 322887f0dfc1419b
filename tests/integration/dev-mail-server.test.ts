// SPDX-License-Identifier: EUPL-1.2
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import nodemailer from "nodemailer";
import { afterAll, describe, expect, it } from "vitest";
import { startDevMailServer } from "../../lib/mail/dev-server";

describe("development mail server", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "grenzpartner-mail-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("takes another port when the usual one is busy (a running `npm run dev`) and still stores mail", async () => {
    const busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const busyPort = (busy.address() as net.AddressInfo).port;
    try {
      const server = await startDevMailServer({ dir, port: busyPort });
      try {
        expect(server.port).not.toBe(busyPort);
        await nodemailer.createTransport(server.url).sendMail({ from: "portal@example.test", to: "a@example.test", subject: "Hallo", text: "x" });
        expect(readdirSync(dir).filter((f) => f.endsWith(".json"))).toHaveLength(1);
      } finally {
        await server.stop();
      }
    } finally {
      busy.close();
    }
  });
});
