// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import iconv from "iconv-lite";
import { expect, test } from "./support/test";
import { signUpAndSignIn } from "./support/users";
import { baseSlug } from "../../lib/companies/slug";
import { embeddedDatabaseUrl } from "../../lib/db/embedded";

/**
 * A Czech chamber's staff member loads 20 members from the CSV their spreadsheet program wrote
 * (Windows-1250, semicolons, the chamber's own headings) in the Czech interface: assigns the
 * columns, sees the preview and the dry run, follows the import's progress and its summary,
 * and the imported profiles are public with the chamber named.
 */

// The web server's embedded PostgreSQL (playwright.config.ts); the admin command runs against it.
const e2eDatabaseUrl = () => embeddedDatabaseUrl({ dataDir: ".data/e2e-postgres", port: Number(process.env.E2E_PG_PORT ?? 54396), database: "portal" });
const suffix = randomBytes(3).toString("hex");

const TOWNS = ["Liberec", "Jablonec nad Nisou", "Česká Lípa", "Děčín", "Frýdlant"];
const TRADES = ["Strojírna", "Sklárna", "Truhlářství", "Tiskárna", "Pekárna"];

function memberList(): Buffer {
  const lines = ["Číslo člena;Firma;Město;country;contactEmail;offers.cs;Poznámka"];
  for (let i = 1; i <= 20; i++) {
    const trade = TRADES[i % TRADES.length];
    lines.push(
      [`hk-${suffix}-${i}`, `${trade} Řehoř ${i} ${suffix}`, TOWNS[i % TOWNS.length], "CZ", `firma${i}-${suffix}@example.test`, `"${trade} – zakázky\nServis"`, "interní"].join(";"),
    );
  }
  return iconv.encode(lines.join("\r\n") + "\r\n", "windows-1250");
}

test("a chamber's staff member imports 20 members from a Windows-1250 CSV in the Czech interface", async ({ page }) => {
  test.setTimeout(180_000);
  const email = `komora-${suffix}@example.test`;
  const chamber = `Hospodářská komora Liberec ${suffix}`;
  await signUpAndSignIn(page, "cs", "Věra Komorová", email);
  execFileSync("npx", ["tsx", "scripts/admin.ts", "grant-organizer", email, chamber, "--country", "CZ"], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    encoding: "utf8",
  });

  await page.goto("/cs/organizer/import");
  await expect(page.getByRole("heading", { name: "Import členů" })).toBeVisible();
  await page.getByLabel(/Soubor \(CSV nebo XLSX/).setInputFiles({ name: "clenove.csv", mimeType: "text/csv", buffer: memberList() });
  await page.getByRole("button", { name: "Nahrát a pokračovat" }).click();

  // Columns: the chamber's headings are proposed, the note column stays out.
  await expect(page.getByRole("heading", { name: "Přiřazení sloupců" })).toBeVisible();
  await expect(page.getByText("clenove.csv: 20 řádků.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Pole pro sloupec „Firma“")).toHaveValue("name");
  await expect(page.getByLabel("Pole pro sloupec „Číslo člena“")).toHaveValue("externalId");
  await expect(page.getByLabel("Pole pro sloupec „Město“")).toHaveValue("city");
  await expect(page.getByLabel("Pole pro sloupec „Poznámka“")).toHaveValue("");
  await page.getByRole("button", { name: "Uložit sloupce a zobrazit náhled" }).click();

  // Preview of the first rows, decoded correctly.
  await expect(page.getByRole("heading", { name: "Náhled" })).toBeVisible();
  await expect(page.getByRole("cell", { name: `Sklárna Řehoř 1 ${suffix} · Jablonec nad Nisou` })).toBeVisible();
  await expect(page.getByRole("cell", { name: "nová firma" }).first()).toBeVisible();

  await page.getByRole("button", { name: "Zkušební běh: zkontrolovat všechny řádky" }).click();
  await expect(page.getByRole("heading", { name: "Zkušební běh (zatím nic neuloženo)" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Zkušební běh (zatím nic neuloženo)" }).getByRole("status")).toHaveText(/^20 řádků – nové: 20, aktualizované: 0, propojené .*: 0 \(z toho s rozdíly: 0\), s chybami: 0\.$/);

  await page.getByRole("button", { name: "Importovat 20 řádků" }).click();
  const progress = page.getByRole("progressbar");
  await expect(progress).toBeVisible();
  await expect(page.getByRole("heading", { name: "Import dokončen" })).toBeVisible({ timeout: 60_000 });
  await expect(progress).toHaveJSProperty("value", 20);
  await expect(page.getByText("20 z 20 řádků")).toBeVisible();
  await expect(page.getByRole("region", { name: "Import dokončen" }).getByRole("status")).toHaveText("Importováno 20 řádků – nové: 20, aktualizované: 0, propojené beze změny: 0, propojené a aktualizované ze souboru: 0.");

  // The profile is public, names the chamber and says the company does not manage it yet.
  await page.goto(`/cs/companies/${baseSlug(`Sklárna Řehoř 1 ${suffix}`)}`);
  await expect(page.getByRole("heading", { name: `Sklárna Řehoř 1 ${suffix}`, level: 1 })).toBeVisible();
  const note = page.getByRole("complementary", { name: "Kdo tento profil zapsal" });
  await expect(note).toContainText(`Zapsala instituce ${chamber}`);
  await expect(note).toContainText("Firma tento profil zatím sama nespravuje");
  await expect(note.getByRole("link", { name: chamber })).toHaveAttribute("href", /\/cs\/institutions\//);
  // The private contact address is never shown.
  await expect(page.getByText(`firma1-${suffix}@example.test`)).toHaveCount(0);
});
