// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { createPrismaClient } from "../../lib/db/prisma";
import { startDevMailServer, type DevMailServer } from "../../lib/mail/dev-server";
import { listMailbox } from "../../lib/mail/mailbox";
import { enqueueSearchUpdates } from "../../lib/search/outbox";
import { E2E_MAIL_DIR, waitForMail } from "./support/mailbox";
import { expect, test } from "./support/test";
import { NGINX, startTwoInstances, type TwoInstances } from "./support/two-instances";
import { signUpAndSignIn } from "./support/users";

/**
 * Nothing a visitor relies on may live in one instance only. Two production instances behind
 * nginx (tests/e2e/support/two-instances.ts), each running its own search worker and alerts
 * scheduler as `npm start` does by default: a session made by one is valid on the other, a logo
 * uploaded through one is served by the other, and a due alert is mailed once although both
 * schedulers look for it every second.
 *
 * nginx is required under CI (.ci/run installs it); elsewhere the spec is skipped with a notice.
 */
if (!NGINX && !process.env.CI) {
  console.warn("[scale-out] skipped: nginx is not installed (apt-get install nginx); under CI it is required");
}

test.describe.configure({ mode: "serial" });
test.skip(!NGINX && !process.env.CI, "nginx is not installed");

const suffix = randomBytes(3).toString("hex");
let cluster: TwoInstances | null = null;
let mail: DevMailServer | null = null;
let failed = false;

test.afterEach(({}, info) => {
  if (info.status !== info.expectedStatus) failed = true;
});

test.beforeAll(async () => {
  test.setTimeout(300_000);
  // Mail goes to the development SMTP server, which stores it where the mailbox helpers read.
  mail = await startDevMailServer({ dir: E2E_MAIL_DIR, port: 0 });
  cluster = await startTwoInstances({
    dataDir: ".data/e2e-scale-out-postgres",
    pgPort: 54394,
    env: {
      SMTP_URL: mail.url,
      SEARCH_WORKER: "on",
      SEARCH_WORKER_INTERVAL_MS: "500",
      ALERTS_SCHEDULER: "on",
      ALERTS_INTERVAL_MS: "1000",
    },
  });
});

test.afterAll(async () => {
  await cluster?.stop(failed);
  await mail?.stop();
});

test("a session and a logo made through one instance are valid on the other", async ({ browser }) => {
  test.setTimeout(180_000);
  const [first, second] = cluster!.appPorts.map((port) => `http://127.0.0.1:${port}`);
  const context = await browser.newContext({ baseURL: first });
  const page = await context.newPage();
  const email = `scale-out-${suffix}@example.test`;
  const company = `Blechbearbeitung Zittau ${suffix} GmbH`;
  await signUpAndSignIn(page, "de", "Jana Richter", email);
  await page.getByLabel("Name des Unternehmens").fill(company);
  await page.getByLabel("Land", { exact: true }).selectOption({ label: "Deutschland" });
  await page.getByRole("button", { name: "Unternehmen anlegen" }).click();
  await expect(page.getByText(company).first()).toBeVisible();

  // The session cookie the first instance issued opens the account on the second.
  const elsewhere = await context.newPage();
  await elsewhere.goto(`${second}/de/account`);
  await expect(elsewhere).toHaveURL(`${second}/de/account`);
  await expect(elsewhere.getByText(company).first()).toBeVisible();
  const session = await context.request.get(`${second}/api/auth/session`);
  expect(await session.json()).toMatchObject({ user: { email } });

  // A logo uploaded through the first instance…
  await page.goto(`${first}/de/account/company`);
  await page.getByRole("navigation", { name: "Schritte des Profils" }).getByRole("button", { name: /Logo$/ }).click();
  const png = await sharp({ create: { width: 600, height: 300, channels: 3, background: "#1d4ed8" } }).png().toBuffer();
  await page.getByLabel("Bilddatei auswählen").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png });
  await page.getByRole("button", { name: "Logo hochladen" }).click();
  await expect(page.getByText("Das Logo wurde gespeichert.")).toBeVisible();
  const src = await page.getByRole("img", { name: "Aktuelles Logo" }).getAttribute("src");
  expect(src).toMatch(/^\/api\/logos\/[a-f0-9]{32}\.webp$/);

  // …is served by the second, byte for byte, and shows in its editor.
  const [fromFirst, fromSecond] = await Promise.all(
    cluster!.appPorts.map((port) => cluster!.send("127.0.0.1", src!, { port })),
  );
  expect(fromSecond.status).toBe(200);
  expect(fromSecond.headers["content-type"]).toBe("image/webp");
  expect(fromSecond.headers["cache-control"]).toContain("immutable");
  expect(fromSecond.body.equals(fromFirst.body)).toBe(true);
  expect(fromSecond.headers.etag).toBe(fromFirst.headers.etag);
  expect(await sharp(fromSecond.body).metadata()).toMatchObject({ format: "webp", width: 512, height: 256 });
  await elsewhere.goto(`${second}/de/account/company`);
  await elsewhere.getByRole("navigation", { name: "Schritte des Profils" }).getByRole("button", { name: /Logo$/ }).click();
  await expect(elsewhere.getByRole("img", { name: "Aktuelles Logo" })).toHaveAttribute("src", src!);
  await context.close();
});

test("a due alert is mailed once while both instances run their schedulers", async () => {
  test.setTimeout(120_000);
  const db = createPrismaClient(cluster!.db.url, 2);
  try {
    const name = `Pulverbeschichtung Löbau ${suffix} GmbH`;
    const company = await db.organization.create({
      data: {
        name,
        slug: `pulverbeschichtung-loebau-${suffix}`,
        kind: "COMPANY",
        status: "PUBLISHED",
        publishedAt: new Date(),
        country: "DE",
        city: "Löbau",
        descriptionDe: "Pulverbeschichtung von Stahlteilen in allen RAL-Farben.",
      },
    });
    await db.$transaction((tx) => enqueueSearchUpdates(tx, "COMPANY", [company.id]));
    // Indexed by one of the instances' search workers, then searchable through either.
    await expect
      .poll(async () => (JSON.parse((await cluster!.send("127.0.0.1", "/api/v1/search?q=Pulverbeschichtung")).text) as { total: number }).total, {
        timeout: 30_000,
      })
      .toBe(1);

    // Several buyers' searches become due at once, so both schedulers find them in the same rounds.
    const buyers = Array.from({ length: 6 }, (_, i) => `buyer-${i}-${suffix}@example.test`);
    const searchName = `Pulverbeschichtung ${suffix}`;
    const yesterday = new Date(Date.now() - 86_400_000);
    await db.$transaction(
      buyers.map((email) =>
        db.user.create({
          data: {
            email,
            name: "Einkauf",
            emailVerified: yesterday,
            savedSearches: {
              create: { name: searchName, query: "Pulverbeschichtung", frequency: "DAILY", locale: "de", alertedUntil: yesterday },
            },
          },
        }),
      ),
    );

    for (const email of buyers) {
      const digest = await waitForMail(email, (m) => m.subject.includes(searchName), 30_000);
      expect(digest.text).toContain(name);
    }
    // Both schedulers go on looking every second; give each a few more rounds to send a second mail.
    await new Promise((r) => setTimeout(r, 4_000));
    const mails = (await listMailbox(E2E_MAIL_DIR)).filter((m) => m.subject.includes(searchName));
    expect(mails.map((m) => m.to).sort()).toEqual(buyers.map((email) => [email]).sort());
    expect(await db.alertDelivery.findMany({ select: { status: true } })).toEqual(buyers.map(() => ({ status: "SENT" })));
  } finally {
    await db.$disconnect();
  }
});
