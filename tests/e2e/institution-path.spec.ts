// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import iconv from "iconv-lite";
import {
  claimFromMail,
  createChamberWithStaff,
  expectBadgeInGermanSearch,
  importMembersInBrowser,
  signUpPlatformAdmin,
  verifyMember,
} from "./support/institutions";
import { linkPath, waitForMail } from "./support/mailbox";
import { expect, test } from "./support/test";
import { newCompanyUser } from "./support/users";

/**
 * The whole way of a Czech chamber onto the portal, in one browser flow as its people would go it:
 * a platform admin creates the chamber and its admin invites a staff member; the staff member
 * imports 20 members from the chamber's Windows-1250 spreadsheet export and invites five of them
 * to claim their profiles; one claims from the mail in Czech. A German buyer writes to three of
 * the imported companies – the claimed one, an unclaimed one with a contact address, one without –
 * and is told honestly what became of each; the mailed company's link claims its profile and opens
 * the thread. Finally the staff member verifies the claimed company and German search shows the badge.
 */

const suffix = randomBytes(3).toString("hex");
const chamber = `Hospodářská komora Liberec ${suffix}`;
const member = (i: number) => `Strojírna Řehoř ${i} ${suffix} s.r.o.`;
const TOWNS = ["Liberec", "Jablonec nad Nisou", "Česká Lípa", "Děčín", "Frýdlant"];
const address = (i: number) => `clen${i}-${suffix}@example.test`;
const WITHOUT_ADDRESS = 20;
const subject = `Laserschneiden Edelstahl ${suffix}`;

/** The chamber's own export: its headings, semicolons, CRLF, Windows-1250; member 20 has no address. */
function memberCsv(): Buffer {
  const lines = ["Číslo člena;Firma;Město;country;contactEmail;Poznámka"];
  for (let i = 1; i <= 20; i++) {
    lines.push([`hk-lbc-${suffix}-${i}`, member(i), TOWNS[i % TOWNS.length], "CZ", i === WITHOUT_ADDRESS ? "" : address(i), "interní"].join(";"));
  }
  return iconv.encode(lines.join("\r\n") + "\r\n", "windows-1250");
}

test("a Czech chamber goes from creation to a verified member found in German search, in the browser", async ({ browser, page }) => {
  test.setTimeout(600_000);

  // 1. The platform admin creates the chamber; its admin invites a staff member, who joins.
  await signUpPlatformAdmin(page, `plattform-${suffix}@example.test`);
  const { staffPage: staff } = await createChamberWithStaff(browser, page, {
    name: chamber,
    adminEmail: `komora-admin-${suffix}@example.test`,
    staffEmail: `komora-staff-${suffix}@example.test`,
  });

  // 2. The staff member imports the 20 members from the CSV.
  await importMembersInBrowser(staff, { name: "clenove.csv", buffer: memberCsv() }, 20, {
    columns: async (p) => {
      await expect(p.getByLabel("Pole pro sloupec „Firma“")).toHaveValue("name");
      await expect(p.getByLabel("Pole pro sloupec „Číslo člena“")).toHaveValue("externalId");
      await expect(p.getByLabel("Pole pro sloupec „Poznámka“")).toHaveValue("");
    },
    // Decoded from Windows-1250: "Č", "ř", "í" arrive intact.
    preview: (p) => expect(p.getByRole("cell", { name: `${member(1)} · ${TOWNS[1]}` })).toBeVisible(),
  });

  // 3. The member list shows all 20 unclaimed; five are invited.
  await staff.goto("/cs/organizer/members");
  await expect(staff.getByRole("heading", { name: `Členové · ${chamber}` })).toBeVisible();
  const rows = staff.getByTestId("member-row");
  await expect(rows).toHaveCount(20);
  await expect(staff.getByTestId("members-summary")).toHaveText("20 členů · 0 spravuje svůj profil · 20 zatím nepřevzato");
  await expect(rows.filter({ hasText: member(WITHOUT_ADDRESS) })).toContainText("Bez kontaktní adresy");
  for (let i = 1; i <= 5; i++) await staff.getByLabel(`Vybrat ${member(i)}`, { exact: true }).check();
  await staff.getByRole("button", { name: "Pozvat 5 vybraných firem" }).click();
  await expect(staff.getByTestId("invitation-outcome")).toHaveText("Bylo odesláno 5 pozvánek.");
  for (let i = 1; i <= 5; i++) {
    await expect(rows.filter({ hasText: member(i) }).getByTestId("member-invitation")).toContainText("Odesláno");
  }
  await expect(rows.filter({ hasText: member(6) }).getByTestId("member-invitation")).toHaveText("Zatím nepozváno");
  const slugOf = async (i: number) =>
    (await rows.filter({ hasText: member(i) }).getByRole("link").first().getAttribute("href"))!.split("/").pop()!;
  const slugs = [await slugOf(1), await slugOf(6), await slugOf(WITHOUT_ADDRESS)];

  // 4. Member 1 claims its profile from the invitation mail, in Czech, signing up on the way.
  const invitation = await waitForMail(address(1), (m) => m.subject === `${chamber} zve firmu ${member(1)} na Grenzpartner`);
  const owner = await claimFromMail(browser, linkPath(invitation, "/cs/account/claim"), address(1), "Jana Dvořáková");
  await expect(owner).toHaveURL(/\/cs\/account\/company\?org=/);
  await expect(owner.getByRole("heading", { level: 1, name: member(1) })).toBeVisible();
  await staff.reload();
  await expect(rows.filter({ hasText: member(1) }).getByTestId("member-claim-state")).toHaveText("Spravuje firma");

  // 5. A German buyer sends one enquiry to the claimed, an unclaimed-with-address and an unclaimed-without company.
  const { page: buyer } = await newCompanyUser(browser, "de", "Bernd Käufer", `Käufer Anlagenbau ${suffix} GmbH`, "pathbuyer");
  await buyer.goto(`/de/account/inbox/new?${slugs.map((s) => `to=${s}`).join("&")}`);
  const recipients = buyer.getByTestId("enquiry-recipients");
  await expect(recipients).toContainText(member(1));
  await expect(recipients.getByRole("link", { name: new RegExp(member(6)) })).toContainText(
    "Pflegt sein Profil noch nicht selbst – erhält die Anfrage per E-Mail",
  );
  await expect(recipients.getByRole("link", { name: new RegExp(member(WITHOUT_ADDRESS)) })).toContainText(
    "Pflegt sein Profil noch nicht selbst und hat keine Adresse – nicht erreichbar",
  );
  await buyer.getByLabel("Betreff").fill(subject);
  await buyer.getByLabel("Nachricht", { exact: true }).fill("Guten Tag, wir brauchen 200 lasergeschnittene Teile aus 2 mm Edelstahl.");
  await buyer.getByRole("button", { name: "Anfrage an 2 Unternehmen senden" }).click();

  // 6. Three different, honest delivery states.
  await expect(buyer).toHaveURL(/\/de\/account\/inbox\?.*box=sent/);
  const thread = (i: number) => buyer.getByTestId("inbox-thread").filter({ hasText: member(i) });
  await expect(thread(1).getByTestId("delivery-state")).toHaveText("Zugestellt");
  await expect(thread(6).getByTestId("delivery-state")).toHaveText(
    "Per E-Mail gesendet – wartet darauf, dass das Unternehmen sein Profil übernimmt",
  );
  await expect(thread(WITHOUT_ADDRESS).getByTestId("delivery-state")).toHaveText(
    "Nicht zustellbar – kein gepflegtes Profil und keine Adresse hinterlegt",
  );
  // The claimed company has it in its inbox.
  await owner.goto("/cs/account/inbox");
  await expect(owner.getByTestId("inbox-thread").filter({ hasText: subject })).toBeVisible();

  // 7. The unclaimed company's mail link claims the profile and shows the thread.
  const enquiryMail = await waitForMail(address(6), (m) => m.subject === `Poptávka od Käufer Anlagenbau ${suffix} GmbH: ${subject}`);
  const supplier = await claimFromMail(browser, linkPath(enquiryMail, "/cs/account/claim"), address(6), "Petr Dvořák");
  await expect(supplier).toHaveURL(/\/cs\/account\/inbox\/[^/?]+\?org=/);
  await expect(supplier.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(supplier.getByTestId("enquiry-message")).toContainText("200 lasergeschnittene Teile");

  // 8. The staff member verifies the claimed company; German search shows the chamber's badge.
  await verifyMember(staff, member(1));
  const visitor = await (await browser.newContext()).newPage();
  await expectBadgeInGermanSearch(visitor, member(1), chamber);
});
