// SPDX-License-Identifier: EUPL-1.2
import { expect, type Page } from "@playwright/test";

/**
 * A German company that has just been created fills in the minimum for publication (place,
 * contact, one industry, a German description), publishes its profile and one offer.
 */
export async function publishGermanCompany(
  page: Page,
  company: { name: string; city: string; email: string; description: string; offer: { title: string; description: string } },
) {
  await page.goto("/de/account/company");
  await expect(page.getByRole("heading", { level: 1, name: company.name })).toBeVisible();
  await page.getByRole("button", { name: "Weiter" }).click();

  await page.getByLabel("Ort", { exact: true }).fill(company.city);
  await page.getByLabel("E-Mail-Adresse für Anfragen").fill(company.email);
  await page.getByRole("button", { name: "Weiter" }).click();

  await page.getByLabel("Branche suchen (Deutsch, Tschechisch, Englisch oder NACE-Code)").fill("25.11");
  await page.getByRole("checkbox", { name: "Herstellung von Metallkonstruktionen (25.11)" }).check();
  await page.getByRole("checkbox", { name: "Deutsch", exact: true }).check();
  await page.getByRole("button", { name: "Weiter" }).click();

  await page.getByLabel("Beschreibung auf Deutsch").fill(company.description);
  await page.getByRole("button", { name: "Weiter" }).click();
  await page.getByRole("button", { name: "Weiter" }).click();
  await page.getByRole("button", { name: "Speichern und veröffentlichen" }).click();
  await expect(page.getByText("Das Profil ist jetzt veröffentlicht")).toBeVisible();

  await page.getByRole("navigation", { name: "Unternehmensbereich" }).getByRole("link", { name: "Angebote & Gesuche" }).click();
  await page.getByRole("link", { name: "Neues Angebot" }).click();
  await page.getByLabel("Was bieten Sie an?").selectOption({ label: "Dienstleistung" });
  await page.getByLabel("Titel (Deutsch)").fill(company.offer.title);
  await page.getByLabel("Beschreibung (Deutsch)").fill(company.offer.description);
  await page.getByRole("button", { name: "Eintrag anlegen" }).click();
  await expect(page.getByText("Der Eintrag wurde gespeichert.")).toBeVisible();
  const row = page.getByRole("listitem").filter({ hasText: company.offer.title });
  await row.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(row.getByText("Veröffentlicht")).toBeVisible();
}
