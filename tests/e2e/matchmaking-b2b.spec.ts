// SPDX-License-Identifier: EUPL-1.2
import { execFile, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import pg from "pg";
import { expect, test } from "./support/test";
import { browserWithCamera, writeQrVideo } from "./support/fake-camera";
import { E2E_MAIL_DIR, waitForMail } from "./support/mailbox";
import { newCompanyUser, signUpAndSignIn } from "./support/users";
import { embeddedDatabaseUrl } from "../../lib/db/embedded";
import { listMailbox } from "../../lib/mail/mailbox";

/**
 * A hybrid matchmaking day as b2match users know it, tried as new users would: a Czech
 * organizer sets it up with "the recipient picks a slot" and a cap of 6 meetings; a German and
 * an English-speaking company register; the German one accepts a request at a time it picks,
 * on a phone; both agendas show the meeting with its video link; the agenda reminder arrives
 * once although two reminder runs overlap; the organizer checks people in on a phone, one by
 * scanning a badge's QR code with the (fake) camera and one by a typed code, and a code used twice
 * is refused; after the meeting both sides give feedback and the organizer's report counts it.
 * Steps are numbered like the checklist.
 */

const e2eDatabaseUrl = () => embeddedDatabaseUrl({ dataDir: ".data/e2e-postgres", port: Number(process.env.E2E_PG_PORT ?? 54396), database: "portal" });
const suffix = randomBytes(3).toString("hex");
const run = promisify(execFile);

/** Wall-clock time in Berlin, as the editor's datetime-local fields take it. */
function berlinLocal(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The reminder job as cron or the server's scheduler runs it (scripts/send-alerts.ts). */
const sendReminders = () =>
  run("npm", ["run", "--silent", "alerts:send"], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), SMTP_URL: "", DEV_MAIL_DIR: E2E_MAIL_DIR, DEV_SMTP_PORT: "0" },
    encoding: "utf8",
  });

test("a hybrid matchmaking day: slot picked on accepting, cap, one reminder, feedback in the organizer's report", async ({ page, browser }) => {
  test.setTimeout(420_000);
  const title = `Kooperační burza Krkonoše ${suffix}`;
  const germanCompany = `Feinmechanik Görlitz ${suffix} GmbH`;
  const englishCompany = `Border Optics ${suffix} s.r.o.`;
  // The day starts in about 20 hours, so tomorrow's agenda reminder is due now.
  const start = new Date(Math.ceil((Date.now() + 20 * 3_600_000) / 3_600_000) * 3_600_000);
  const local = (hours: number) => berlinLocal(new Date(start.getTime() + hours * 3_600_000));

  // 1. A Czech organizer creates a hybrid matchmaking day: pick a slot when accepting, at most 6 meetings.
  const organizerEmail = `mm-organizer-${suffix}@example.test`;
  await signUpAndSignIn(page, "cs", "Olga Pořadatelová", organizerEmail);
  execFileSync("npx", ["tsx", "scripts/admin.ts", "grant-organizer", organizerEmail, `Hospodářská komora Liberec ${suffix}`], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    encoding: "utf8",
  });
  await page.goto("/cs/organizer");
  await page.getByRole("link", { name: "Nová akce" }).click();
  await page.getByLabel("Druh akce").selectOption({ label: "Kooperační burza" });
  await page.getByLabel("Název (čeština)").fill(title);
  await page.getByLabel("Popis (čeština)").fill("Předem domluvené schůzky pro firmy z obou stran hranice, na místě i online.");
  await page.getByLabel("Začátek", { exact: true }).fill(local(0));
  await page.getByLabel("Konec", { exact: true }).fill(local(4));
  await page.getByLabel("Místo konání").fill("Krajský úřad Liberec");
  await page.getByLabel("Adresa").fill("U Jezu 642/2a");
  await page.getByLabel("Obec", { exact: true }).fill("Liberec");
  await page.getByLabel("Země", { exact: true }).selectOption({ label: "Česko" });
  await page.getByLabel("Počet míst").fill("40");
  await page.getByLabel("Nabízet předem domluvené schůzky 1:1").check();
  await page.getByLabel("Délka jedné schůzky (minuty)").fill("20");
  await page.getByLabel("Počet stolů").fill("4");
  await page.getByRole("button", { name: "Přidat časový blok" }).click();
  await page.getByLabel("Časový blok 1: začátek").fill(local(1));
  await page.getByLabel("Časový blok 1: konec").fill(local(3));
  await page.getByRole("button", { name: "Vytvořit koncept" }).click();
  await expect(page).toHaveURL(/\/cs\/organizer\/events\/(?!new$)[^/]+$/);
  const eventId = page.url().split("/").pop()!;
  await page.getByRole("button", { name: "Zveřejnit" }).click();
  await expect(page.getByText("Zveřejněno", { exact: true })).toBeVisible();
  const slug = (await page.getByRole("link", { name: "Zobrazit veřejnou stránku" }).getAttribute("href"))!.split("/").pop()!;

  await page.getByRole("link", { name: "Rezervace a výsledky" }).click();
  await page.getByLabel("Oslovená firma zvolí čas při přijetí").check();
  await page.getByLabel("Hybridně").check();
  await page.getByLabel("Vzor odkazu pro online schůzky").fill("https://meet.example.org/{event}-{meeting}");
  await page.getByLabel("Nejvyšší počet schůzek na účastníka").fill("6");
  await page.getByRole("button", { name: "Uložit nastavení" }).click();
  await expect(page.getByText("Nastavení uloženo.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Nejvyšší počet schůzek na účastníka")).toHaveValue("6");
  await expect(page.getByLabel("Hybridně")).toBeChecked();

  // 2. Two companies register, one in the German UI and one in the English UI.
  const german = await newCompanyUser(browser, "de", "Gerd Glaser", germanCompany, "mm-de");
  await german.page.goto(`/de/events/${slug}/registration`);
  await german.page.getByLabel("Was wir hier anbieten").fill("Präzisionsoptik und Feinmechanik");
  await german.page.getByRole("button", { name: "Jetzt anmelden" }).click();
  await expect(german.page.getByText("Bestätigt", { exact: true })).toBeVisible();

  const english = await newCompanyUser(browser, "en", "Emma Hart", englishCompany, "mm-en");
  await english.page.goto(`/en/events/${slug}/registration`);
  await english.page.getByLabel("What we offer here").fill("Lens coating for small series");
  await english.page.getByRole("button", { name: "Register now" }).click();
  await expect(english.page.getByText("Confirmed", { exact: true })).toBeVisible();

  // 3. A request is accepted with a chosen slot, on a phone; both agendas show it with its link.
  await english.page.goto(`/en/events/${slug}/participants`);
  const card = english.page.getByRole("article", { name: germanCompany });
  await card.getByRole("button", { name: `Request a meeting with ${germanCompany}` }).click();
  await card.getByLabel(`Your message to ${germanCompany}`).fill("We would like to discuss precision mounts for our lenses.");
  await card.getByRole("button", { name: "Send request" }).click();
  await expect(card.getByText("Request sent, awaiting an answer")).toBeVisible();

  await german.page.setViewportSize({ width: 390, height: 844 });
  await german.page.goto(`/de/events/${slug}/meetings`);
  await expect(german.page.getByText("Sie können bis zu 6 Gespräche haben")).toBeVisible();
  const picker = german.page.getByLabel(`Zeit für das Gespräch mit ${englishCompany}`);
  await expect(picker.locator("option")).toHaveCount(6);
  // The option's value is the slot's start as epoch milliseconds; the agenda marks times with ISO instants.
  const chosenStart = new Date(Number(await picker.locator("option").nth(2).getAttribute("value"))).toISOString();
  await picker.selectOption({ index: 2 });
  await german.page.getByRole("button", { name: "Zu dieser Zeit annehmen" }).click();
  await expect(german.page.getByRole("region", { name: /Vereinbarte Gespräche/ })).toContainText(englishCompany);
  const booked = await waitForMail(english.email, (m) => m.subject === `${germanCompany} accepted your request and booked a time`);
  expect(booked.text).toContain("https://meet.example.org/");

  const agendaRow = async (p: typeof german.page, locale: string) => {
    await p.goto(`/${locale}/events/${slug}/agenda`);
    const row = p.getByTestId("agenda-meeting");
    await expect(row).toHaveCount(1);
    return { start: await row.locator("time").first().getAttribute("datetime"), text: await row.innerText() };
  };
  const theirs = await agendaRow(german.page, "de");
  const mine = await agendaRow(english.page, "en");
  expect(theirs.start).toBe(chosenStart);
  expect(mine.start).toBe(chosenStart);
  expect(theirs.text).toContain(englishCompany);
  expect(mine.text).toContain(germanCompany);
  const link = theirs.text.match(/https:\/\/meet\.example\.org\/\S+/)?.[0];
  expect(link).toBeTruthy();
  expect(mine.text).toContain(link);
  const [download] = await Promise.all([english.page.waitForEvent("download"), english.page.getByRole("link", { name: "Download as calendar file (ICS)" }).click()]);
  expect((await readFile((await download.path())!, "utf8")).replace(/\r\n /g, "")).toContain(link);

  // 4. The agenda reminder arrives once, although two reminder runs overlap.
  await Promise.all([sendReminders(), sendReminders()]);
  const reminder = await waitForMail(german.email, (m) => m.subject.startsWith("Morgen: Ihre Gespräche bei"));
  expect(reminder.text).toContain(englishCompany);
  expect(reminder.text).toContain(link);
  await waitForMail(english.email, (m) => m.subject.startsWith("Tomorrow: your meetings at"));
  await sendReminders();
  const mailbox = await listMailbox(E2E_MAIL_DIR);
  expect(mailbox.filter((m) => m.to.includes(german.email) && m.subject.startsWith("Morgen:"))).toHaveLength(1);
  expect(mailbox.filter((m) => m.to.includes(english.email) && m.subject.startsWith("Tomorrow:"))).toHaveLength(1);
  await page.reload();
  await expect(page.getByTestId("reminders-AGENDA")).toHaveText("2 e-maily");

  // 5. The organizer checks people in on a phone: one badge scanned with the camera, one code typed,
  // and a code used a second time is refused.
  const badgeOf = async (p: typeof german.page, locale: string) => {
    await p.goto(`/${locale}/events/${slug}/agenda`);
    const badge = p.locator("[data-check-in-code]");
    await expect(badge).toHaveCount(1);
    return { code: (await badge.getAttribute("data-check-in-code"))!, name: (await badge.locator("p").first().innerText()).trim() };
  };
  const englishBadge = await badgeOf(english.page, "en");
  const germanBadge = await badgeOf(german.page, "de");
  await expect(english.page.getByRole("img", { name: `QR code for ${englishBadge.name}` })).toBeVisible();
  const confirmation = await waitForMail(english.email, (m) => m.subject.startsWith("Registration confirmed"));
  expect(confirmation.text).toContain(englishBadge.code.match(/.{4}/g)!.join("-"));
  const [badgePdf] = await Promise.all([english.page.waitForEvent("download"), english.page.getByRole("link", { name: "Download badge (PDF)" }).click()]);
  expect((await readFile((await badgePdf.path())!)).subarray(0, 5).toString()).toBe("%PDF-");

  const video = test.info().outputPath("badge.y4m");
  await writeQrVideo(englishBadge.code, video);
  const phoneBrowser = await browserWithCamera(test.info(), video);
  try {
    const phone = await (
      await phoneBrowser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, storageState: await page.context().storageState() })
    ).newPage();
    const cspErrors: string[] = [];
    phone.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    await phone.goto(`/cs/organizer/events/${eventId}/check-in`);
    await phone.getByRole("button", { name: "Zapnout kameru" }).click();
    await expect(phone.getByRole("status")).toHaveText(`${englishBadge.name} (${englishCompany}) je odbaven(a).`, { timeout: 20_000 });
    await phone.getByRole("button", { name: "Vypnout kameru" }).click();

    await phone.getByLabel("Kód z visačky").fill(germanBadge.code.toLowerCase().match(/.{4}/g)!.join(" "));
    await phone.getByRole("button", { name: "Odbavit" }).click();
    await expect(phone.getByRole("status")).toHaveText(`${germanBadge.name} (${germanCompany}) je odbaven(a).`);
    await expect(phone.getByTestId("check-in-count")).toHaveText("Přišlo 2 z 2 osob");

    await phone.getByLabel("Kód z visačky").fill(englishBadge.code);
    await phone.getByRole("button", { name: "Odbavit" }).click();
    await expect(phone.getByText(`${englishBadge.name} (${englishCompany}) už je odbaven(a). Kód už byl použit.`, { exact: true })).toBeVisible();
    await expect(phone.getByTestId("check-in-count")).toHaveText("Přišlo 2 z 2 osob");
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(cspErrors).toEqual([]);
  } finally {
    await phoneBrowser.close();
  }

  // 6. After the meeting, both sides give feedback and the organizer's report counts it.
  // The day is moved into the past in the database, as waiting for it is not an option.
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    await client.query(`UPDATE "Meeting" SET "startsAt" = "startsAt" - interval '2 days', "endsAt" = "endsAt" - interval '2 days' WHERE "eventId" = $1`, [eventId]);
  } finally {
    await client.end();
  }
  await german.page.goto(`/de/events/${slug}/agenda`);
  await german.page.getByLabel(`Ergebnis des Gesprächs mit ${englishCompany}`).selectOption({ label: "Kooperation wahrscheinlich" });
  await german.page.getByLabel("Anmerkung (freiwillig)").fill("Muster bis Ende Januar");
  await german.page.getByRole("button", { name: "Rückmeldung speichern" }).click();
  await expect(german.page.getByText("Danke, Ihre Rückmeldung ist gespeichert.")).toBeVisible();

  await english.page.goto(`/en/events/${slug}/agenda`);
  await english.page.getByLabel(`Outcome of the meeting with ${germanCompany}`).selectOption({ label: "Informative" });
  await english.page.getByRole("button", { name: "Save feedback" }).click();
  await expect(english.page.getByText("Thank you, your feedback has been saved.")).toBeVisible();

  await page.goto(`/cs/organizer/events/${eventId}/matchmaking`);
  await expect(page.getByText("2 odpovědi")).toBeVisible();
  const totals = page.getByTestId("outcomes-total").locator("tbody tr").first().locator("td");
  // Did not take place, no interest, informative, cooperation likely, total.
  await expect(totals).toHaveText(["0", "0", "1", "1", "2"]);
  await expect(page.getByTestId("outcomes-pairs")).toContainText("CZ–DE");
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Exportovat výsledky (CSV)" }).click()]);
  const lines = (await readFile((await csv.path())!, "utf8")).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines).toHaveLength(3);
  expect(lines.some((l) => l.includes(germanCompany) && l.includes("Spolupráce pravděpodobná") && l.endsWith("Muster bis Ende Januar"))).toBe(true);

  await german.page.context().close();
  await english.page.context().close();
});
