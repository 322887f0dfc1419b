// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { expect, test } from "./support/test";
import { signUpAndSignIn } from "./support/users";
import { embeddedDatabaseUrl } from "../../lib/db/embedded";

/**
 * A chamber's employee, new to the portal, opens the statistics: the chamber's member list
 * (two companies, a German and a Czech one, one enquiry between them this month) shows up as a
 * month's figures; they pick the month, read it in the table beside the chart, download the
 * figure as CSV for the annual report, and the page fits a phone.
 */

// The web server's embedded PostgreSQL (playwright.config.ts); the admin command runs against it.
const e2eDatabaseUrl = () => embeddedDatabaseUrl({ dataDir: ".data/e2e-postgres", port: Number(process.env.E2E_PG_PORT ?? 54396), database: "portal" });
const suffix = randomBytes(3).toString("hex");

/** The member list a chamber would import: set up straight in the database, as the import is not under test here. */
async function listMembers(institutionName: string) {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT "id" FROM "Organization" WHERE "name" = $1 AND "kind" = 'INSTITUTION'`, [institutionName]);
    const institutionId = rows[0].id;
    const company = async (name: string, country: string) => {
      const id = `c${randomBytes(12).toString("hex")}`;
      await client.query(
        `INSERT INTO "Organization" ("id", "kind", "slug", "name", "country", "status", "languages", "certifications", "updatedAt")
         VALUES ($1, 'COMPANY', $2, $3, $4, 'PUBLISHED', '{}', '{}', now())`,
        [id, `stat-${id}`, name, country],
      );
      await client.query(`INSERT INTO "InstitutionMember" ("id", "institutionId", "companyId", "updatedAt") VALUES ($1, $2, $3, now())`, [
        randomUUID(),
        institutionId,
        id,
      ]);
      return id;
    };
    const german = await company(`Zittauer Drehteile ${suffix} GmbH`, "DE");
    const czech = await company(`Liberecké strojírny ${suffix} s.r.o.`, "CZ");
    await client.query(
      `INSERT INTO "Enquiry" ("id", "batchId", "senderOrganizationId", "recipientOrganizationId", "subject", "updatedAt")
       VALUES ($1, $2, $3, $4, 'Drehteile aus Messing', now())`,
      [`c${randomBytes(12).toString("hex")}`, randomUUID(), german, czech],
    );
  } finally {
    await client.end();
  }
}

test("a chamber's staff sees this month's figures and exports them as CSV", async ({ page }) => {
  test.setTimeout(180_000);
  const chamber = `IHK Oberlausitz ${suffix}`;
  const email = `statistik-${suffix}@example.test`;
  await signUpAndSignIn(page, "de", "Sabine Statistik", email);
  execFileSync("npx", ["tsx", "scripts/admin.ts", "grant-organizer", email, chamber], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    encoding: "utf8",
  });
  await listMembers(chamber);

  await page.goto("/de/organizer");
  await page.getByRole("navigation").getByRole("link", { name: "Statistik" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Statistik" })).toBeVisible();
  await expect(page.getByTestId("statistics-summary")).toContainText("2 Unternehmen im Bereich, davon 0 beansprucht und 0 bestätigt");

  // This month only.
  const now = new Date();
  const month = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  await page.getByLabel("Von (Monat)").fill(month);
  await page.getByLabel("Bis (Monat)").fill(month);
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${month}&to=${month}`));

  const enquiries = page.getByRole("region", { name: "Grenzüberschreitende Anfragen pro Monat" });
  await expect(enquiries.getByRole("img", { name: "Grenzüberschreitende Anfragen pro Monat" })).toBeVisible();
  const monthLabel = new Intl.DateTimeFormat("de", { month: "short", year: "numeric", timeZone: "UTC" }).format(now);
  const row = enquiries.getByRole("table").getByRole("row", { name: monthLabel });
  await expect(row.getByRole("cell")).toHaveText(["1", "0"]);
  const byCountry = page.getByRole("region", { name: "Unternehmen nach Land" }).getByRole("table");
  await expect(byCountry.getByRole("row", { name: /Deutschland/ }).getByRole("cell")).toHaveText(["1", "0", "1", "0"]);
  await expect(byCountry.getByRole("row", { name: /Tschechien/ }).getByRole("cell")).toHaveText(["1", "0", "1", "0"]);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    enquiries.getByRole("link", { name: "Grenzüberschreitende Anfragen pro Monat als CSV herunterladen" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`-enquiries-${month}-${month}\\.csv$`));
  const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
  expect(csv.split("\r\n")).toEqual(["Monat;DE → CZ;CZ → DE", `${month};1;0`, ""]);

  // On a phone the page keeps to the screen's width; wide tables scroll inside their box.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByTestId("statistics-summary")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
