// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { embeddedDatabaseUrl } from "../../lib/db/embedded";
import { publishGermanCompany } from "./support/companies";
import { expect, test } from "./support/test";
import { newCompanyUser, signUpAndSignIn } from "./support/users";

/**
 * A platform admin, new to the portal, resolves an abuse report: a Czech buyer reported that a
 * German firm asked for payment in advance. The admin reads the kept copy of the messages,
 * unpublishes the offer with a reason; the offer vanishes from search, and the firm, on its own
 * listings page, reads that the offer was taken down and why, and cannot publish it again. The
 * audit log, on a phone, shows the step.
 */

const e2eDatabaseUrl = () =>
  embeddedDatabaseUrl({
    dataDir: ".data/e2e-postgres",
    port: Number(process.env.E2E_PG_PORT ?? 54396),
    database: "portal",
  });
const suffix = randomBytes(3).toString("hex");
const firm = `Vorkasse Schweißtechnik ${suffix} GmbH`;
const offerTitle = `Edelstahlgeländer Sonderangebot ${suffix}`;
const reason = "Verlangt von Käufern Vorkasse auf ein Privatkonto; das Angebot ist ein Lockvogel.";

/** The report as a Czech buyer files it from its inbox; filing is covered by the enquiry tests. */
async function fileReport(reportedName: string) {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT "id" FROM "Organization" WHERE "name" = $1`, [
      reportedName,
    ]);
    const reporterId = `c${randomBytes(12).toString("hex")}`;
    await client.query(
      `INSERT INTO "Organization" ("id", "kind", "slug", "name", "country", "status", "languages", "certifications", "updatedAt")
       VALUES ($1, 'COMPANY', $2, $3, 'CZ', 'PUBLISHED', '{}', '{}', now())`,
      [reporterId, `reporter-${suffix}`, `Nákupčí Liberec ${suffix} s.r.o.`],
    );
    await client.query(
      `INSERT INTO "AbuseReport" ("id", "reporterOrganizationId", "reportedOrganizationId", "reason", "subject",
         "reportedOrganizationName", "reportedMessages")
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        `c${randomBytes(12).toString("hex")}`,
        reporterId,
        rows[0].id,
        "Chtějí zaplatit předem na soukromý účet, jinak nedodají.",
        "Zábradlí z nerezu",
        reportedName,
        `[2026-12-01T09:00:00.000Z] Uwe Vorkasse:\nBitte überweisen Sie 4.800 EUR vorab auf das Konto DE00 1234, dann liefern wir.`,
      ],
    );
  } finally {
    await client.end();
  }
}

test("an admin unpublishes a reported offer; it vanishes from search and the firm reads why", async ({
  browser,
  page,
}) => {
  test.setTimeout(300_000);

  // The reported firm publishes its profile and the offer, which search finds.
  const { page: firmPage } = await newCompanyUser(browser, "de", "Uwe Vorkasse", firm, "reported");
  await publishGermanCompany(firmPage, {
    name: firm,
    city: "Zittau",
    email: `kontakt-${suffix}@example.test`,
    description: "Geländer, Treppen und Tore aus Edelstahl für Gewerbe und Privat.",
    offer: { title: offerTitle, description: "Nur diese Woche: Geländer zum halben Preis." },
  });
  const searchUrl = `/de/search?q=${encodeURIComponent(offerTitle)}`;
  await expect(async () => {
    await page.goto(searchUrl);
    await expect(page.getByRole("link", { name: offerTitle, exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  await fileReport(firm);

  // A new user becomes platform admin through the operator's command and opens the queue.
  const adminEmail = `moderation-${suffix}@example.test`;
  await signUpAndSignIn(page, "de", "Ada Admin", adminEmail);
  execFileSync("npx", ["tsx", "scripts/admin.ts", "grant-admin", adminEmail], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    encoding: "utf8",
  });
  await page.goto("/de/admin");
  await page.getByRole("navigation", { name: "Plattformverwaltung" }).getByRole("link", { name: "Moderation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Moderation" })).toBeVisible();
  await page.getByRole("link", { name: `Über ${firm}` }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Meldung über ${firm}` })).toBeVisible();
  await expect(page.getByTestId("moderation-reporter")).toHaveText(`Nákupčí Liberec ${suffix} s.r.o.`);
  await expect(page.getByTestId("moderation-messages")).toContainText("Bitte überweisen Sie 4.800 EUR vorab");

  const form = page.getByTestId("moderation-step-form");
  await form.getByLabel("Schritt").selectOption({ label: "Einen Eintrag depublizieren" });
  await form.getByLabel("Eintrag", { exact: true }).selectOption({ label: offerTitle });
  // A reason that says nothing is refused in place.
  await form.getByLabel("Begründung").fill("Spam");
  await form.getByRole("button", { name: "Schritt ausführen" }).click();
  await expect(form.getByText("Bitte mindestens 10 Zeichen eingeben.")).toBeVisible();
  await form.getByLabel("Begründung").fill(reason);
  await form.getByRole("button", { name: "Schritt ausführen" }).click();
  await expect(form.getByText("Erledigt. Der Schritt steht unten in der Liste.")).toBeVisible();
  await expect(page.getByTestId("moderation-history")).toContainText("Eintrag depubliziert");
  await expect(page.getByTestId("moderation-history")).toContainText(reason);

  // The offer is gone from search; the worker applies the change within moments.
  await expect(async () => {
    await page.goto(searchUrl);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: offerTitle, exact: true })).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  // The firm sees why on its listings page, and cannot simply publish the offer again.
  await firmPage.goto("/de/account/company/listings");
  const notices = firmPage.getByTestId("moderation-notices");
  await expect(notices).toContainText(`Ihr Eintrag „${offerTitle}“ wurde am`);
  await expect(notices).toContainText(`Begründung: ${reason}`);
  const row = firmPage.getByRole("listitem").filter({ hasText: offerTitle });
  await row.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(row.getByRole("alert")).toContainText("Die Moderation hat das depubliziert");

  // The audit log shows the step on a phone, filtered by the firm.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/de/admin/audit");
  await page.getByLabel("Organisation (Name, Kurzname oder ID)").fill(firm);
  await page.getByRole("button", { name: "Anwenden" }).click();
  await expect(page.getByTestId("audit-entries")).toContainText("Angebot oder Gesuch gesperrt");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
