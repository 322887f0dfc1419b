// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import pg from "pg";
import { publishGermanCompany } from "./support/companies";
import {
  createChamberWithStaff,
  e2eDatabaseUrl,
  expectBadgeInGermanSearch,
  germanBadge,
  signUpPlatformAdmin,
  verifyMember,
} from "./support/institutions";
import { expect, test } from "./support/test";
import { newCompanyUser } from "./support/users";

/**
 * A platform admin sets up a Czech chamber in the browser and invites its first admin, who
 * invites a staff member; both join through the invitation mails as new users would. The staff
 * member then verifies a German member company, and a German visitor sees the chamber's badge
 * in the search results and can narrow them to verified companies.
 */

test.describe.configure({ mode: "serial" });

const suffix = randomBytes(3).toString("hex");
const chamber = `Hospodářská komora Liberec ${suffix}`;
const chamberAdminEmail = `komora-admin-${suffix}@example.test`;
const staffEmail = `komora-staff-${suffix}@example.test`;
const firm = `Zittauer Metallbau ${suffix} GmbH`;

test("a platform admin creates a Czech chamber and invites a staff member", async ({ browser, page }) => {
  test.setTimeout(300_000);

  await signUpPlatformAdmin(page, `plattform-${suffix}@example.test`);
  const { adminPage, staffPage } = await createChamberWithStaff(browser, page, {
    name: chamber,
    adminEmail: chamberAdminEmail,
    staffEmail,
  });

  // The public page says who the chamber is.
  await page.goto(`/de/admin/institutions`);
  await page.getByRole("link", { name: chamber }).click();
  await expect(page.getByRole("heading", { level: 1, name: chamber })).toBeVisible();
  await expect(page.getByText("Region Reichenberg · Tschechien")).toBeVisible();
  await expect(page.getByText("Diese Institution hat noch kein Unternehmen verifiziert.")).toBeVisible();
  await adminPage.context().close();
  await staffPage.context().close();
});

/** The chamber's member list, set up straight in the database: the import is not under test here. */
async function listAsMember(companyName: string) {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "InstitutionMember" ("id", "institutionId", "companyId", "updatedAt")
       SELECT $1, i.id, c.id, now() FROM "Organization" i, "Organization" c WHERE i.name = $2 AND c.name = $3`,
      [`c${randomBytes(12).toString("hex")}`, chamber, companyName],
    );
  } finally {
    await client.end();
  }
}

test("the staff member verifies a company and the badge appears in German search results", async ({ browser, page }) => {
  test.setTimeout(300_000);
  const { page: firmPage } = await newCompanyUser(browser, "de", "Uwe Metall", firm, "firm");
  const offer = `Edelstahlgeländer nach Maß ${suffix}`;
  await publishGermanCompany(firmPage, {
    name: firm,
    city: "Zittau",
    email: `kontakt-${suffix}@example.test`,
    description: "Geländer, Treppen und Tore aus Edelstahl für Gewerbe und Privat.",
    offer: { title: offer, description: "Geländer und Handläufe aus Edelstahl, gefertigt in Zittau." },
  });
  await listAsMember(firm);

  // The staff member signs in in Czech and verifies the member.
  await page.goto("/cs/sign-in");
  await page.getByLabel("E-mailová adresa", { exact: true }).fill(staffEmail);
  await page.getByLabel("Heslo", { exact: true }).fill("Labe-Elbe-2026-most");
  await page.getByRole("button", { name: "Přihlásit se" }).last().click();
  await expect(page).toHaveURL(/\/cs\/account$/);
  await verifyMember(page, firm);

  // A German visitor finds the firm with the chamber's badge and can ask for verified firms only.
  await expectBadgeInGermanSearch(page, firm, chamber);
  await page.getByRole("switch", { name: "Nur verifizierte Unternehmen" }).click();
  await expect(page).toHaveURL(/verified=1/);
  await expect(page.getByRole("link", { name: firm, exact: true })).toBeVisible();

  // The profile shows it too, with what was checked.
  await page.getByRole("link", { name: firm, exact: true }).click();
  await expect(page.getByTestId("verified-badge").first()).toHaveText(germanBadge(chamber));
  await expect(page.getByText("Mitgliedschaft geprüft")).toBeVisible();
});
