// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { adminCommand, claimFromMail, e2eDatabaseUrl } from "./support/institutions";
import { expect, test } from "./support/test";
import { linkPath, waitForMail } from "./support/mailbox";
import { newCompanyUser, signUpAndSignIn } from "./support/users";

/**
 * Claiming profiles and enquiries that reach nobody's inbox yet. A Czech chamber's staff member
 * (members loaded with `npm run import`, the same importer as the browser's) invites five
 * members; one claims its profile from the mail in the Czech interface, signing up on the way.
 * A German buyer sends one enquiry to three imported companies – the claimed one, an unclaimed
 * one with a contact address and one without – is told before sending who cannot be reached,
 * and sees three honest delivery states. The unclaimed company's mail link claims its profile
 * and opens the thread, and its reply reaches the buyer.
 */

const suffix = randomBytes(3).toString("hex");
const chamber = `Hospodářská komora Most ${suffix}`;
const member = (i: number) => `Strojírna Most ${i} ${suffix} s.r.o.`;
const address = (i: number) => `firma${i}-${suffix}@example.test`;
const subject = `Laserschneiden Edelstahl ${suffix}`;

/** Seven members: 1–6 with a contact address, 7 without. */
function membersCsv(): string {
  const rows = ["externalId,name,city,country,contactEmail,description.cs"];
  for (let i = 1; i <= 7; i++) {
    rows.push(
      [`hk-most-${suffix}-${i}`, member(i), "Most", "CZ", i <= 6 ? address(i) : "", `"Kovovýroba a laserové řezání, Most (${i})."`].join(","),
    );
  }
  return rows.join("\n") + "\n";
}

test("staff invite members, one claims in Czech; a German buyer's enquiry reaches all three honestly and the mail link claims the profile", async ({
  browser,
  page,
}) => {
  test.setTimeout(300_000);

  // The chamber and its staff member; members loaded with the importer.
  const staffEmail = `komora-most-${suffix}@example.test`;
  await signUpAndSignIn(page, "cs", "Věra Komorová", staffEmail);
  const granted = adminCommand(["grant-institution", staffEmail, chamber, "--country", "CZ", "--type", "CHAMBER", "--staff"]);
  const slug = granted.match(/\(([a-z0-9-]+)\)/)?.[1];
  expect(slug, granted).toBeTruthy();
  const dir = mkdtempSync(path.join(tmpdir(), "claims-"));
  writeFileSync(path.join(dir, "clenove.csv"), membersCsv());
  execFileSync("npx", ["tsx", "scripts/import.ts", path.join(dir, "clenove.csv"), "--institution", slug!], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    encoding: "utf8",
  });

  // 1. The member list: seven companies, none claimed; five are invited.
  await page.goto("/cs/organizer/members");
  await expect(page.getByRole("heading", { name: `Členové · ${chamber}` })).toBeVisible();
  const rows = page.getByTestId("member-row");
  await expect(rows).toHaveCount(7);
  await expect(page.getByTestId("members-summary")).toHaveText("7 členů · 0 spravuje svůj profil · 7 zatím nepřevzato");
  await expect(rows.filter({ hasText: member(7) })).toContainText("Bez kontaktní adresy");
  for (let i = 1; i <= 5; i++) await page.getByLabel(`Vybrat ${member(i)}`).check();
  await page.getByRole("button", { name: "Pozvat 5 vybraných firem" }).click();
  await expect(page.getByTestId("invitation-outcome")).toHaveText("Bylo odesláno 5 pozvánek.");
  for (let i = 1; i <= 5; i++) await expect(rows.filter({ hasText: member(i) }).getByTestId("member-invitation")).toContainText("Odesláno");
  await expect(rows.filter({ hasText: member(6) }).getByTestId("member-invitation")).toHaveText("Zatím nepozváno");
  const slugs = await Promise.all(
    [1, 6, 7].map(async (i) => (await rows.filter({ hasText: member(i) }).getByRole("link").getAttribute("href"))!.split("/").pop()!),
  );

  // 2. Member 1 claims its profile from the invitation, in Czech, signing up with the invited address.
  const invitation = await waitForMail(address(1), (m) => m.subject === `${chamber} zve firmu ${member(1)} na Grenzpartner`);
  expect(invitation.text).toContain("Grenzpartner je bezplatný open-source portál");
  expect(invitation.text).toContain("platí 30 dní");
  const owner = await claimFromMail(browser, linkPath(invitation, "/cs/account/claim"), address(1), "Jana Nováková");
  await expect(owner).toHaveURL(/\/cs\/account\/company\?org=/);
  await expect(owner.getByRole("heading", { level: 1, name: member(1) })).toBeVisible();
  // The same link does not work twice.
  await owner.goto(linkPath(invitation, "/cs/account/claim"));
  await expect(owner.getByText("Tento odkaz je neplatný, vypršel nebo už byl použit.")).toBeVisible();
  await page.reload();
  await expect(rows.filter({ hasText: member(1) }).getByTestId("member-claim-state")).toHaveText("Spravuje firma");
  await expect(rows.filter({ hasText: member(1) }).getByTestId("member-invitation")).toContainText("Převzato");

  // 3. A German buyer writes to the claimed company, an unclaimed one with an address and one without.
  const buyer = await newCompanyUser(browser, "de", "Bernd Käufer", `Käufer Anlagenbau ${suffix} GmbH`, "claimbuyer");
  const b = buyer.page;
  await b.goto(`/de/account/inbox/new?${slugs.map((s) => `to=${s}`).join("&")}`);
  const recipients = b.getByTestId("enquiry-recipients");
  await expect(recipients).toContainText(member(1));
  await expect(recipients.getByRole("link", { name: new RegExp(member(6)) })).toContainText(
    "Pflegt sein Profil noch nicht selbst – erhält die Anfrage per E-Mail",
  );
  await expect(recipients.getByRole("link", { name: new RegExp(member(7)) })).toContainText(
    "Pflegt sein Profil noch nicht selbst und hat keine Adresse – nicht erreichbar",
  );
  await expect(b.getByTestId("enquiry-unreachable-notice")).toHaveText(`Nicht zustellbar und daher ausgelassen: ${member(7)}`);
  await b.getByLabel("Betreff").fill(subject);
  await b.getByLabel("Nachricht", { exact: true }).fill("Guten Tag, wir brauchen 200 lasergeschnittene Teile aus 2 mm Edelstahl.");
  await b.getByRole("button", { name: "Anfrage an 2 Unternehmen senden" }).click();

  // 4. Three honest states, and a confirmation that counts only what reached somebody.
  await expect(b).toHaveURL(/\/de\/account\/inbox\?.*box=sent/);
  await expect(b.getByTestId("sent-confirmation")).toContainText(
    "Ihre Anfrage wurde 1 Unternehmen zugestellt. 1 Unternehmen, das sein Profil noch nicht selbst pflegt, hat sie per E-Mail erhalten.",
  );
  await expect(b.getByTestId("sent-confirmation")).toContainText("1 Unternehmen war nicht erreichbar und wurde ausgelassen.");
  const thread = (i: number) => b.getByTestId("inbox-thread").filter({ hasText: member(i) });
  await expect(thread(1).getByTestId("delivery-state")).toHaveText("Zugestellt");
  await expect(thread(6).getByTestId("delivery-state")).toHaveText(
    "Per E-Mail gesendet – wartet darauf, dass das Unternehmen sein Profil übernimmt",
  );
  await expect(thread(7).getByTestId("delivery-state")).toHaveText(
    "Nicht zustellbar – kein gepflegtes Profil und keine Adresse hinterlegt",
  );

  // 5. The unclaimed company's mail: the whole enquiry, the sender, and a link that claims and opens the thread.
  const enquiryMail = await waitForMail(address(6), (m) => m.subject === `Poptávka od Käufer Anlagenbau ${suffix} GmbH: ${subject}`);
  expect(enquiryMail.text).toContain("wir brauchen 200 lasergeschnittene Teile");
  const supplier = await claimFromMail(browser, linkPath(enquiryMail, "/cs/account/claim"), address(6), "Petr Dvořák");
  await expect(supplier).toHaveURL(/\/cs\/account\/inbox\/[^/?]+\?org=/);
  await expect(supplier.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(supplier.getByTestId("enquiry-message")).toContainText("200 lasergeschnittene Teile");
  await supplier.getByLabel("Vaše odpověď").fill("Dobrý den, rádi vám pošleme nabídku do pátku.");
  await supplier.getByRole("button", { name: "Odeslat odpověď" }).click();
  await expect(supplier.getByTestId("enquiry-message")).toHaveCount(2);

  // The reply lands in the buyer's same thread, which now counts as delivered.
  await b.reload();
  await expect(thread(6).getByTestId("delivery-state")).toHaveText("Zugestellt");
  await thread(6).getByRole("link").click();
  await expect(b.getByTestId("enquiry-message")).toHaveCount(2);
  await expect(b.getByTestId("enquiry-message").last()).toContainText("rádi vám pošleme nabídku");
});
