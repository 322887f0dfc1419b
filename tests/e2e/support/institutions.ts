// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from "node:child_process";
import { expect, type Browser, type Page } from "@playwright/test";
import { embeddedDatabaseUrl } from "../../../lib/db/embedded";
import { linkPath, waitForMail } from "./mailbox";
import { PASSWORD, signUpAndSignIn, UI } from "./users";

/**
 * Steps of an institution's work that several specs walk through in the browser: a platform
 * admin setting up a Czech chamber, its staff importing members, a member claiming its profile
 * from a mailed link, and staff verifying a member.
 */

/** The web server's embedded PostgreSQL (playwright.config.ts), for the operator's commands. */
export const e2eDatabaseUrl = () =>
  embeddedDatabaseUrl({ dataDir: ".data/e2e-postgres", port: Number(process.env.E2E_PG_PORT ?? 54396), database: "portal" });

/** The operator's command line (`npm run admin`), run against the e2e database. */
export function adminCommand(args: string[]): string {
  return execFileSync("npx", ["tsx", "scripts/admin.ts", ...args], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    encoding: "utf8",
  });
}

/** Signs a user up who then becomes platform admin the only way there is: the operator's command. */
export async function signUpPlatformAdmin(page: Page, email: string) {
  await signUpAndSignIn(page, "de", "Ada Admin", email);
  adminCommand(["grant-admin", email]);
}

/**
 * The platform admin (signed in on `page`) creates a Czech chamber and invites its first admin,
 * who joins in Czech and invites a staff member, who joins too. Returns both signed-in pages.
 */
export async function createChamberWithStaff(
  browser: Browser,
  page: Page,
  chamber: { name: string; adminEmail: string; staffEmail: string },
): Promise<{ adminPage: Page; staffPage: Page }> {
  await page.goto("/de/admin");
  await page.getByRole("navigation", { name: "Plattformverwaltung" }).getByRole("link", { name: "Institutionen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Institutionen" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill(chamber.name);
  await page.getByLabel("Art").selectOption({ label: "Kammer" });
  await page.getByLabel("Land").selectOption({ label: "Tschechien" });
  await page.getByLabel("Region", { exact: true }).selectOption({ label: "Region Reichenberg" });
  await page.getByLabel("Website").fill("www.komora-liberec.example");
  await page.getByLabel("Darf verifizieren").selectOption({ label: "Verifiziert eigene Mitglieder" });
  await page.getByLabel("E-Mail-Adresse der ersten Administratorin / des ersten Administrators").fill(chamber.adminEmail);
  await page.getByLabel("Sprache der Einladung").selectOption({ label: "Tschechisch" });
  await page.getByRole("button", { name: "Institution anlegen und einladen" }).click();
  await expect(page.getByText(`Die Institution ist angelegt; die Einladung ging an ${chamber.adminEmail}.`)).toBeVisible();
  await expect(page.getByRole("link", { name: chamber.name })).toBeVisible();

  // The chamber's admin reads the Czech invitation, signs up with that address and joins.
  const invitation = await waitForMail(chamber.adminEmail, (m) => m.subject.includes(chamber.name));
  expect(invitation.text).toContain("Správce instituce");
  const adminPage = await (await browser.newContext()).newPage();
  await signUpAndSignIn(adminPage, "cs", "Jana Nováková", chamber.adminEmail);
  await adminPage.goto(linkPath(invitation, "/cs/account/invitation"));
  await adminPage.getByRole("button", { name: "Přijmout pozvánku" }).click();
  await expect(adminPage.getByText(`Vítejte v týmu instituce ${chamber.name}!`)).toBeVisible();

  // She invites a colleague as staff from the institution's area.
  await adminPage.goto("/cs/organizer");
  await adminPage.getByRole("link", { name: "Pracovníci" }).click();
  await adminPage.getByLabel("E-mailová adresa", { exact: true }).fill(chamber.staffEmail);
  await adminPage.getByLabel("Role", { exact: true }).selectOption({ label: "Pracovník instituce" });
  await adminPage.getByRole("button", { name: "Poslat pozvánku" }).click();
  await expect(adminPage.getByText(`Pozvánka pro ${chamber.staffEmail} je na cestě.`)).toBeVisible();

  const staffInvitation = await waitForMail(chamber.staffEmail, (m) => m.subject.includes(chamber.name));
  const staffPage = await (await browser.newContext()).newPage();
  await signUpAndSignIn(staffPage, "cs", "Petr Svoboda", chamber.staffEmail);
  await staffPage.goto(linkPath(staffInvitation, "/cs/account/invitation"));
  await expect(staffPage.getByText("v roli: Pracovník instituce")).toBeVisible();
  await staffPage.getByRole("button", { name: "Přijmout pozvánku" }).click();
  await expect(staffPage.getByText(`Vítejte v týmu instituce ${chamber.name}!`)).toBeVisible();

  // Staff run the institution's work but do not manage its team.
  await staffPage.goto("/cs/account/team");
  await expect(staffPage.getByRole("button", { name: "Poslat pozvánku" })).toHaveCount(0);
  return { adminPage, staffPage };
}

/**
 * A staff member (signed in on `page`, Czech interface) imports a member file of new companies
 * through upload, columns, preview, dry run and progress. `checks.columns` looks at the proposed
 * column assignment before it is saved, `checks.preview` at the preview of the first rows.
 */
export async function importMembersInBrowser(
  page: Page,
  file: { name: string; buffer: Buffer },
  rows: number,
  checks: { columns?: (page: Page) => Promise<void>; preview?: (page: Page) => Promise<void> } = {},
) {
  await page.goto("/cs/organizer/import");
  await expect(page.getByRole("heading", { name: "Import členů" })).toBeVisible();
  await page.getByLabel(/Soubor \(CSV nebo XLSX/).setInputFiles({ name: file.name, mimeType: "text/csv", buffer: file.buffer });
  await page.getByRole("button", { name: "Nahrát a pokračovat" }).click();

  await expect(page.getByRole("heading", { name: "Přiřazení sloupců" })).toBeVisible();
  await expect(page.getByText(`${file.name}: ${rows} řádků.`, { exact: false })).toBeVisible();
  await checks.columns?.(page);
  await page.getByRole("button", { name: "Uložit sloupce a zobrazit náhled" }).click();
  await expect(page.getByRole("heading", { name: "Náhled" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "nová firma" }).first()).toBeVisible();
  await checks.preview?.(page);

  await page.getByRole("button", { name: "Zkušební běh: zkontrolovat všechny řádky" }).click();
  await expect(page.getByRole("heading", { name: "Zkušební běh (zatím nic neuloženo)" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Zkušební běh (zatím nic neuloženo)" }).getByRole("status")).toHaveText(
    new RegExp(`^${rows} řádků – nové: ${rows}, aktualizované: 0, propojené .*: 0 \\(z toho s rozdíly: 0\\), s chybami: 0\\.$`),
  );

  await page.getByRole("button", { name: `Importovat ${rows} řádků` }).click();
  const progress = page.getByRole("progressbar");
  await expect(progress).toBeVisible();
  await expect(page.getByRole("heading", { name: "Import dokončen" })).toBeVisible({ timeout: 60_000 });
  await expect(progress).toHaveJSProperty("value", rows);
  await expect(page.getByText(`${rows} z ${rows} řádků`)).toBeVisible();
  await expect(page.getByRole("region", { name: "Import dokončen" }).getByRole("status")).toHaveText(
    `Importováno ${rows} řádků – nové: ${rows}, aktualizované: 0, propojené beze změny: 0, propojené a aktualizované ze souboru: 0.`,
  );
}

/** Opens a mailed claim link, signs up with the address it went to, and takes the profile over. */
export async function claimFromMail(browser: Browser, link: string, email: string, name: string): Promise<Page> {
  const ui = UI.cs;
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Převzít profil firmy" })).toBeVisible();
  await expect(page.getByText(`Tento odkaz byl poslán na adresu ${email}.`)).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Vytvořit účet" }).click();
  await page.getByLabel(ui.name).fill(name);
  await page.getByLabel(ui.email, { exact: true }).fill(email);
  await page.getByLabel(ui.password, { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: ui.signUp }).click();
  await expect(page.getByText(ui.sent(email))).toBeVisible();
  const verification = await waitForMail(email, (m) => m.subject === ui.verifySubject);
  await page.goto(linkPath(verification, "/cs/verify-email"));
  await page.getByRole("button", { name: ui.verify }).click();
  await page.getByRole("link", { name: ui.toSignIn }).click();
  await page.getByLabel(ui.email, { exact: true }).fill(email);
  await page.getByLabel(ui.password, { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: ui.signIn }).last().click();
  // Back on the link's page, now signed in with the invited address.
  await expect(page).toHaveURL(/\/cs\/account\/claim\?token=/);
  await page.getByRole("button", { name: /^Převzít profil firmy / }).click();
  return page;
}

/** A staff member (signed in on `page`) verifies a member company in the Czech interface. */
export async function verifyMember(page: Page, company: string) {
  await page.goto("/cs/organizer");
  await page.getByRole("link", { name: "Ověřování" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ověřování firem" })).toBeVisible();
  const row = page.getByTestId("verification-row").filter({ hasText: company });
  await row.getByLabel("Členství ověřeno").check();
  await row.getByRole("button", { name: "Ověřit" }).click();
  await expect(row.getByText(`Ručit jménem vaší instituce za firmu ${company}?`)).toBeVisible();
  await row.getByRole("button", { name: "Ano, ověřit" }).click();
  await expect(row.getByText(/^Ověřeno \d/)).toBeVisible();
}

/** The German badge text: "verifiziert von <institution>, <date>". */
export const germanBadge = (institution: string) =>
  new RegExp(`^verifiziert von ${institution}, \\d{1,2}\\. \\p{L}+ \\d{4}$`, "u");

/** A German visitor searches for the company by name and sees the institution's badge on its hit. */
export async function expectBadgeInGermanSearch(page: Page, company: string, institution: string) {
  await expect(async () => {
    await page.goto(`/de/search?q=${encodeURIComponent(company)}`);
    const hit = page.getByRole("article").filter({ has: page.getByRole("link", { name: company, exact: true }) });
    await expect(hit.getByTestId("verified-badge")).toHaveText(germanBadge(institution), { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}
