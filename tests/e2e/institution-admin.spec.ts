// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { embeddedDatabaseUrl } from "../../lib/db/embedded";
import { publishGermanCompany } from "./support/companies";
import { linkPath, waitForMail } from "./support/mailbox";
import { expect, test } from "./support/test";
import { newCompanyUser, signUpAndSignIn } from "./support/users";

/**
 * A platform admin sets up a Czech chamber in the browser and invites its first admin, who
 * invites a staff member; both join through the invitation mails as new users would. The staff
 * member then verifies a German member company, and a German visitor sees the chamber's badge
 * in the search results and can narrow them to verified companies.
 */

test.describe.configure({ mode: "serial" });

const e2eDatabaseUrl = () =>
  embeddedDatabaseUrl({ dataDir: ".data/e2e-postgres", port: Number(process.env.E2E_PG_PORT ?? 54396), database: "portal" });
const suffix = randomBytes(3).toString("hex");
const chamber = `Hospodářská komora Liberec ${suffix}`;
const chamberAdminEmail = `komora-admin-${suffix}@example.test`;
const staffEmail = `komora-staff-${suffix}@example.test`;
const firm = `Zittauer Metallbau ${suffix} GmbH`;

test("a platform admin creates a Czech chamber and invites a staff member", async ({ browser, page }) => {
  test.setTimeout(300_000);

  // A new user becomes platform admin through the operator's command.
  const adminEmail = `plattform-${suffix}@example.test`;
  await signUpAndSignIn(page, "de", "Ada Admin", adminEmail);
  execFileSync("npx", ["tsx", "scripts/admin.ts", "grant-admin", adminEmail], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    encoding: "utf8",
  });
  await page.goto("/de/admin");
  await page.getByRole("navigation", { name: "Plattformverwaltung" }).getByRole("link", { name: "Institutionen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Institutionen" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill(chamber);
  await page.getByLabel("Art").selectOption({ label: "Kammer" });
  await page.getByLabel("Land").selectOption({ label: "Tschechien" });
  await page.getByLabel("Region", { exact: true }).selectOption({ label: "Region Reichenberg" });
  await page.getByLabel("Website").fill("www.komora-liberec.example");
  await page.getByLabel("Darf verifizieren").selectOption({ label: "Verifiziert eigene Mitglieder" });
  await page.getByLabel("E-Mail-Adresse der ersten Administratorin / des ersten Administrators").fill(chamberAdminEmail);
  await page.getByLabel("Sprache der Einladung").selectOption({ label: "Tschechisch" });
  await page.getByRole("button", { name: "Institution anlegen und einladen" }).click();
  await expect(page.getByText(`Die Institution ist angelegt; die Einladung ging an ${chamberAdminEmail}.`)).toBeVisible();
  await expect(page.getByRole("link", { name: chamber })).toBeVisible();

  // The chamber's admin reads the Czech invitation, signs up with that address and joins.
  const invitation = await waitForMail(chamberAdminEmail, (m) => m.subject.includes(chamber));
  expect(invitation.text).toContain("Správce instituce");
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signUpAndSignIn(adminPage, "cs", "Jana Nováková", chamberAdminEmail);
  await adminPage.goto(linkPath(invitation, "/cs/account/invitation"));
  await adminPage.getByRole("button", { name: "Přijmout pozvánku" }).click();
  await expect(adminPage.getByText(`Vítejte v týmu firmy ${chamber}!`)).toBeVisible();

  // She invites a colleague as staff from the institution's area.
  await adminPage.goto("/cs/organizer");
  await adminPage.getByRole("link", { name: "Pracovníci" }).click();
  await adminPage.getByLabel("E-mailová adresa", { exact: true }).fill(staffEmail);
  await adminPage.getByLabel("Role", { exact: true }).selectOption({ label: "Pracovník instituce" });
  await adminPage.getByRole("button", { name: "Poslat pozvánku" }).click();
  await expect(adminPage.getByText(`Pozvánka pro ${staffEmail} je na cestě.`)).toBeVisible();

  const staffInvitation = await waitForMail(staffEmail, (m) => m.subject.includes(chamber));
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signUpAndSignIn(staffPage, "cs", "Petr Svoboda", staffEmail);
  await staffPage.goto(linkPath(staffInvitation, "/cs/account/invitation"));
  await expect(staffPage.getByText("v roli: Pracovník instituce")).toBeVisible();
  await staffPage.getByRole("button", { name: "Přijmout pozvánku" }).click();
  await expect(staffPage.getByText(`Vítejte v týmu firmy ${chamber}!`)).toBeVisible();

  // Staff run the institution's work but do not manage its team.
  await staffPage.goto("/cs/account/team");
  await expect(staffPage.getByRole("button", { name: "Poslat pozvánku" })).toHaveCount(0);

  // The public page says who the chamber is.
  await page.goto(`/de/admin/institutions`);
  await page.getByRole("link", { name: chamber }).click();
  await expect(page.getByRole("heading", { level: 1, name: chamber })).toBeVisible();
  await expect(page.getByText("Region Reichenberg · Tschechien")).toBeVisible();
  await expect(page.getByText("Diese Institution hat noch kein Unternehmen verifiziert.")).toBeVisible();
  await adminContext.close();
  await staffContext.close();
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
  await page.goto("/cs/organizer");
  await page.getByRole("link", { name: "Ověřování" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ověřování firem" })).toBeVisible();
  const row = page.getByTestId("verification-row").filter({ hasText: firm });
  await row.getByLabel("Členství ověřeno").check();
  await row.getByRole("button", { name: "Ověřit" }).click();
  await expect(row.getByText(`Ručit jménem vaší instituce za firmu ${firm}?`)).toBeVisible();
  await row.getByRole("button", { name: "Ano, ověřit" }).click();
  await expect(row.getByText(/^Ověřeno \d/)).toBeVisible();

  // A German visitor finds the firm with the chamber's badge and can ask for verified firms only.
  const badge = new RegExp(`^verifiziert von ${chamber}, \\d{1,2}\\. \\p{L}+ \\d{4}$`, "u");
  await expect(async () => {
    await page.goto(`/de/search?q=${encodeURIComponent(firm)}`);
    const hit = page.getByRole("article").filter({ has: page.getByRole("link", { name: firm, exact: true }) });
    await expect(hit.getByTestId("verified-badge")).toHaveText(badge, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByRole("switch", { name: "Nur verifizierte Unternehmen" }).click();
  await expect(page).toHaveURL(/verified=1/);
  await expect(page.getByRole("link", { name: firm, exact: true })).toBeVisible();

  // The profile shows it too, with what was checked.
  await page.getByRole("link", { name: firm, exact: true }).click();
  await expect(page.getByTestId("verified-badge").first()).toHaveText(badge);
  await expect(page.getByText("Mitgliedschaft geprüft")).toBeVisible();
});
