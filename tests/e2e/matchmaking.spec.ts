// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { waitForMail } from "./support/mailbox";
import { newCompanyUser, signUpAndSignIn } from "./support/users";
import { embeddedDatabaseUrl } from "../../lib/db/embedded";

/**
 * A matchmaking day from start to finish, as new users would go through it: an organizer
 * (made one by a platform admin on the command line) publishes the day in German; a Czech and
 * a German company sign up and register; the Czech one asks for a meeting, the German one
 * accepts; the organizer runs the scheduler; both find the same slot and table in their
 * agendas and as calendar files.
 */

// The web server's embedded PostgreSQL (playwright.config.ts); the admin command runs against it.
// Read when needed: the server writes its generated password only once it has started.
const e2eDatabaseUrl = () => embeddedDatabaseUrl({ dataDir: ".data/e2e-postgres", port: Number(process.env.E2E_PG_PORT ?? 54396), database: "portal" });
const suffix = randomBytes(3).toString("hex");

/** The time and table shown in the first agenda row, plus the downloaded calendar file. */
async function agendaOf(page: Page, locale: "de" | "cs", slug: string, icsLink: string) {
  await page.goto(`/${locale}/events/${slug}/agenda`);
  const row = page.getByTestId("agenda-meeting");
  await expect(row).toHaveCount(1);
  const cells = row.getByRole("cell");
  const time = (await cells.nth(0).innerText()).trim();
  const table = (await cells.nth(1).innerText()).replace(/\D/g, "");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: icsLink }).click()]);
  // Long lines are folded (RFC 5545); unfold them before looking for text.
  const ics = (await readFile((await download.path())!, "utf8")).replace(/\r\n /g, "");
  return { time, table, ics, text: await row.innerText() };
}

test("an organizer runs a German–Czech matchmaking day from publication to the participants' agendas", async ({ page, browser }) => {
  test.setTimeout(300_000);
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  const day = new Date(Date.now() + 8 * 86_400_000).toISOString().slice(0, 10);
  const title = `Kooperationsbörse Erzgebirge ${suffix}`;
  const czechCompany = `Sklárna Krušné hory ${suffix} s.r.o.`;
  const germanCompany = `Glasbläserei Erzgebirge ${suffix} GmbH`;

  // 1. The organizer signs up; a platform admin grants the role on the command line.
  const organizerEmail = `organizer-${suffix}@example.test`;
  await signUpAndSignIn(page, "de", "Olaf Organisator", organizerEmail);
  const granted = execFileSync("npx", ["tsx", "scripts/admin.ts", "grant-organizer", organizerEmail, `Wirtschaftsförderung Erzgebirge ${suffix}`], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    encoding: "utf8",
  });
  expect(granted).toContain(`${organizerEmail} is now an organizer of Wirtschaftsförderung Erzgebirge ${suffix}`);

  // 2. The organizer creates the matchmaking day in German and publishes it.
  await page.goto("/de/organizer");
  await page.getByRole("link", { name: "Neue Veranstaltung" }).click();
  await page.getByLabel("Art der Veranstaltung").selectOption({ label: "Kooperationsbörse" });
  await page.getByLabel("Titel (Deutsch)").fill(title);
  await page.getByLabel("Beschreibung (Deutsch)").fill("Vorab vereinbarte Einzelgespräche für Glas- und Keramikhersteller beiderseits des Erzgebirges.");
  await page.getByLabel("Beginn", { exact: true }).fill(`${day}T09:00`);
  await page.getByLabel("Ende", { exact: true }).fill(`${day}T14:00`);
  await page.getByLabel("Veranstaltungsort").fill("Kulturhaus Annaberg");
  await page.getByLabel("Adresse").fill("Buchholzer Straße 2");
  await page.getByLabel("Ort", { exact: true }).fill("Annaberg-Buchholz");
  await page.getByLabel("Land", { exact: true }).selectOption({ label: "Deutschland" });
  await page.getByLabel("Plätze").fill("30");
  await page.getByLabel("Vorab vereinbarte 1:1-Gespräche anbieten").check();
  await page.getByLabel("Dauer eines Gesprächs (Minuten)").fill("20");
  await page.getByLabel("Anzahl der Tische").fill("4");
  await page.getByRole("button", { name: "Zeitfenster hinzufügen" }).click();
  await page.getByLabel("Zeitfenster 1: Beginn").fill(`${day}T10:00`);
  await page.getByLabel("Zeitfenster 1: Ende").fill(`${day}T12:00`);
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();

  await expect(page).toHaveURL(/\/de\/organizer\/events\/(?!new$)[^/]+$/);
  const eventId = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Entwurf", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(page.getByText("Veröffentlicht", { exact: true })).toBeVisible();
  const publicHref = await page.getByRole("link", { name: "Öffentliche Seite ansehen" }).getAttribute("href");
  const slug = publicHref!.split("/").pop()!;

  // Published: on the event list and the home page, with the meeting block in the programme.
  await page.goto("/de/events");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.goto("/de");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Programm" })).toBeVisible();
  await expect(page.getByText("Vorab vereinbarte B2B-Gespräche")).toBeVisible();

  // 3. A Czech company registers in Czech, a German one in German.
  const czech = await newCompanyUser(browser, "cs", "Jana Nováková", czechCompany);
  await czech.page.goto(`/cs/events/${slug}`);
  await czech.page.getByRole("link", { name: "Přihlásit firmu na akci" }).click();
  await expect(czech.page.getByText(czechCompany)).toBeVisible();
  await czech.page.getByLabel("Co zde nabízíme").fill("Ručně foukané sklo, malé série");
  await czech.page.getByLabel("Co zde hledáme").fill("Odběratele v Sasku");
  await czech.page.getByRole("button", { name: "Přihlásit se" }).click();
  await expect(czech.page.getByText("Potvrzeno", { exact: true })).toBeVisible();
  const czechMail = await waitForMail(czech.email, (m) => m.subject === `Přihláška potvrzena: ${title}`);
  expect(czechMail.text).toContain(`firma ${czechCompany} je přihlášena`);

  const german = await newCompanyUser(browser, "de", "Gerd Glaser", germanCompany);
  await german.page.goto(`/de/events/${slug}/registration`);
  await german.page.getByLabel("Was wir hier anbieten").fill("Glasveredelung und Gravur");
  await german.page.getByRole("button", { name: "Jetzt anmelden" }).click();
  await expect(german.page.getByText("Bestätigt", { exact: true })).toBeVisible();

  // 4. The Czech company finds the German one and asks for a meeting.
  await czech.page.goto(`/cs/events/${slug}/participants`);
  await czech.page.getByLabel("Země").selectOption({ label: "Německo" });
  await czech.page.getByRole("button", { name: "Filtrovat" }).click();
  const card = czech.page.getByRole("article", { name: germanCompany });
  await expect(card).toContainText("Glasveredelung und Gravur");
  await card.getByRole("button", { name: `Požádat o schůzku s firmou ${germanCompany}` }).click();
  await card.getByLabel(`Vaše zpráva pro firmu ${germanCompany}`).fill("Rádi bychom probrali společnou výrobu dárkového skla.");
  await card.getByRole("button", { name: "Odeslat žádost" }).click();
  await expect(card.getByText("Žádost odeslána, čeká na odpověď")).toBeVisible();

  // 5. The German company accepts, after a mail in German.
  await waitForMail(german.email, (m) => m.subject === `Gesprächsanfrage von ${czechCompany}`);
  await german.page.goto(`/de/events/${slug}/meetings`);
  await german.page.getByRole("button", { name: `Anfrage von ${czechCompany} annehmen` }).click();
  await expect(german.page.getByRole("region", { name: /Vereinbarte Gespräche/ })).toContainText(czechCompany);

  // 6. The organizer plans the meetings.
  await page.goto(`/de/organizer/events/${eventId}/meetings`);
  await page.getByRole("button", { name: "Offene Anfragen einplanen" }).click();
  await expect(page.getByText("Eingeplant: 1 · beibehalten: 0 · ohne Termin: 0")).toBeVisible();
  const scheduleRow = page.getByTestId("schedule-row");
  await expect(scheduleRow).toContainText("Tisch 1");
  // Jana speaks Czech only and Gerd German only: the organizer sees that an interpreter is needed.
  await expect(scheduleRow).toContainText("Dolmetscher nötig");

  // 7. Both see the same slot and table, on the page and in the calendar file.
  const mine = await agendaOf(czech.page, "cs", slug, "Stáhnout jako soubor kalendáře (ICS)");
  const theirs = await agendaOf(german.page, "de", slug, "Als Kalenderdatei (ICS) herunterladen");
  expect(mine.time).toBe(theirs.time);
  // Inside the meeting window 10:00–12:00.
  expect(mine.time).toMatch(/^1[01]:[0-5]\d–1[01]:[0-5]\d$/);
  expect(mine.table).toBe(theirs.table);
  expect(mine.text).toContain(germanCompany);
  expect(theirs.text).toContain(czechCompany);
  expect(mine.text).toContain("Žádný společný jazyk");

  const dtstart = (ics: string) => ics.match(/^DTSTART:(\d{8}T\d{6}Z)\r?$/m)?.[1];
  expect(dtstart(mine.ics)).toBeTruthy();
  expect(dtstart(mine.ics)).toBe(dtstart(theirs.ics));
  expect(mine.ics).toContain(`LOCATION:Kulturhaus Annaberg\\, Buchholzer Straße 2\\, Annaberg-Buchholz – Stůl ${mine.table}`);
  expect(theirs.ics).toContain(`Tisch ${theirs.table}`);
  expect(mine.ics).toContain(`SUMMARY;LANGUAGE=cs:B2B schůzka: ${germanCompany}`);

  await czech.page.context().close();
  await german.page.context().close();
});
