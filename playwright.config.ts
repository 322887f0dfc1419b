// SPDX-License-Identifier: EUPL-1.2
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { chromium } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
// Also read by tests/e2e/support/mailbox.ts, which runs in the test process.
const E2E_MAIL_DIR = (process.env.E2E_MAIL_DIR ??= ".data/e2e-mail");

/** Playwright's own Chromium where it was installed, Debian's otherwise. */
function chromiumExecutable(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    /* no bundled browser */
  }
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

const executablePath = chromiumExecutable();
const isRoot = process.getuid?.() === 0;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: [
            ...(isRoot ? ["--no-sandbox"] : []),
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    // A fresh embedded database for every run, seeded with the demo data, behind a production build.
    // Mail: with DEV_MAIL=1 and no SMTP_URL, scripts/with-db.ts starts the development SMTP server
    // (lib/mail/dev-server.ts) and points the app at it. It stores every mail the app sends in
    // E2E_MAIL_DIR; tests read them from there (tests/e2e/support/mailbox.ts). The mails go through
    // a real SMTP exchange, and a file folder needs no shared state between the two processes.
    command: `node -e "for (const d of ['.data/e2e-postgres', '${E2E_MAIL_DIR}']) require('fs').rmSync(d,{recursive:true,force:true})" && npx tsx scripts/with-db.ts --fresh-db --migrate --seed-on-first-start --require-smtp -- tsx scripts/server.ts -p ${PORT} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    // The embedded PostgreSQL runs in a process group of its own; a SIGKILL of the server's group
    // would leave it running and holding its port. SIGTERM lets scripts/with-db.ts stop it.
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    stdout: "pipe",
    env: {
      EMBEDDED_PG_DIR: ".data/e2e-postgres",
      EMBEDDED_PG_PORT: "54396",
      PUBLIC_URL: baseURL,
      DATABASE_URL: "",
      SMTP_URL: "",
      // Like `npm start`, which without SMTP_URL refuses to run unless told that keeping mails is intended.
      DEV_MAIL: "1",
      DEV_MAIL_DIR: E2E_MAIL_DIR,
      // Any free port, so a developer's running `npm run dev` (port 2525) does not interfere.
      DEV_SMTP_PORT: "0",
      // Alerts are sent by `npm run alerts:send` in the tests that need them, at a moment they choose.
      ALERTS_SCHEDULER: "off",
      // The suite signs up far more than ten accounts from 127.0.0.1 within the hour.
      SIGN_UP_LIMIT_PER_ADDRESS: "500",
      // Every browser of the suite signs in from 127.0.0.1, like an office behind one address.
      SIGN_IN_LIMIT_PER_ADDRESS: "500",
      // Every profile the suite opens reports its view from 127.0.0.1.
      PROFILE_VIEW_LIMIT_PER_ADDRESS: "5000",
      // The specs play the one reverse proxy in front of the portal: visitors who must count as
      // different people send their address in X-Forwarded-For, as nginx would append it.
      // Requests without that header count under the connection's address, as before.
      TRUSTED_PROXY_HOPS: "1",
    },
  },
});
