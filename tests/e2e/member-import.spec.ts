// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import iconv from "iconv-lite";
import { adminCommand, importMembersInBrowser } from "./support/institutions";
import { expect, test } from "./support/test";
import { signUpAndSignIn } from "./support/users";
import { baseSlug } from "../../lib/companies/slug";

/**
 * A Czech chamber's staff member loads 20 members from the CSV their spreadsheet program wrote
 * (Windows-1250, semicolons, the chamber's own headings) in the Czech interface: assigns the
 * columns, sees the preview and the dry run, follows the import's progress and its summary,
 * and the imported profiles are public with the chamber named.
 */

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
  adminCommand(["grant-organizer", email, chamber, "--country", "CZ"]);

  await importMembersInBrowser(page, { name: "clenove.csv", buffer: memberList() }, 20, {
    // Columns: the chamber's headings are proposed, the note column stays out.
    columns: async (p) => {
      await expect(p.getByLabel("Pole pro sloupec „Firma“")).toHaveValue("name");
      await expect(p.getByLabel("Pole pro sloupec „Číslo člena“")).toHaveValue("externalId");
      await expect(p.getByLabel("Pole pro sloupec „Město“")).toHaveValue("city");
      await expect(p.getByLabel("Pole pro sloupec „Poznámka“")).toHaveValue("");
    },
    // Preview of the first rows, decoded correctly.
    preview: (p) => expect(p.getByRole("cell", { name: `Sklárna Řehoř 1 ${suffix} · Jablonec nad Nisou` })).toBeVisible(),
  });

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
