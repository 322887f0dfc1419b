// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from "node:crypto";
import type { RegistrationStatus, MeetingRequestStatus } from "../../../lib/generated/prisma/enums";
import { zonedToUtc } from "../../../lib/time/zoned";
import { testDb } from "./app-database";
import { createOrganization, createUser } from "./accounts";

/**
 * Events, registrations and meeting requests built straight in the database. The behaviour
 * under test goes through the server actions; these only set the stage.
 */

/** 09:00 Berlin time, `daysAhead` days from now: a date that is always in the future. */
export function dayAhead(daysAhead: number, hour = 9, minute = 0): Date {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  return zonedToUtc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hour, minute, "Europe/Berlin");
}

export async function createOrganizer(name = "Testkammer") {
  const user = await createUser({ name: `${name} Staff` });
  const org = await createOrganization([{ user, role: "INSTITUTION_ADMIN" }], { kind: "INSTITUTION", name: `${name} ${randomBytes(3).toString("hex")}` });
  return { user, org };
}

export async function createCompany(options: { name?: string; country?: string; locale?: string; languages?: string[] } = {}) {
  const user = await createUser({ name: options.name ? `${options.name} Owner` : "Company Owner", locale: options.locale });
  const org = await createOrganization([{ user, role: "OWNER" }], { name: options.name });
  if (options.country || options.languages) {
    await testDb.db.organization.update({
      where: { id: org.id },
      data: { country: options.country ?? "DE", languages: options.languages ?? [] },
    });
  }
  return { user, org };
}

/** A published matchmaking day ten days ahead: 09:00–13:00, meetings 09:00–10:00 in 20-minute slots. */
export async function createEvent(
  organizerId: string,
  overrides: Partial<{
    status: "DRAFT" | "PUBLISHED" | "CANCELLED";
    capacity: number;
    approvalRequired: boolean;
    meetingsEnabled: boolean;
    tableCount: number;
    meetingMinutes: number;
    titleDe: string;
  }> = {},
) {
  const startsAt = dayAhead(10, 9);
  const meetings = overrides.meetingsEnabled ?? true;
  return testDb.db.event.create({
    data: {
      slug: `test-event-${randomBytes(4).toString("hex")}`,
      organizerId,
      type: "MATCHMAKING",
      titleDe: overrides.titleDe ?? "Kooperationsbörse Test",
      titleCs: "Kooperační burza test",
      startsAt,
      endsAt: dayAhead(10, 13),
      city: "Dresden",
      country: "DE",
      languages: ["de", "cs"],
      capacity: overrides.capacity ?? 50,
      approvalRequired: overrides.approvalRequired ?? false,
      meetingsEnabled: meetings,
      meetingMinutes: meetings ? (overrides.meetingMinutes ?? 20) : null,
      tableCount: meetings ? (overrides.tableCount ?? 5) : null,
      status: overrides.status ?? "PUBLISHED",
      meetingWindows: meetings ? { create: [{ startsAt, endsAt: dayAhead(10, 10) }] } : undefined,
    },
  });
}

export async function registerDirectly(
  eventId: string,
  company: { user: { id: string }; org: { id: string } },
  options: { status?: RegistrationStatus; languages?: string[]; locale?: string; name?: string } = {},
) {
  return testDb.db.eventRegistration.create({
    data: {
      eventId,
      organizationId: company.org.id,
      userId: company.user.id,
      status: options.status ?? "CONFIRMED",
      participantName: options.name ?? "Test Teilnehmer",
      languages: options.languages ?? ["de"],
      locale: options.locale ?? "de",
    },
  });
}

export async function meetingRequest(
  eventId: string,
  from: { id: string },
  to: { id: string },
  status: MeetingRequestStatus = "PENDING",
) {
  return testDb.db.meetingRequest.create({
    data: {
      eventId,
      requesterId: from.id,
      recipientId: to.id,
      message: "Wir würden gern über eine Zusammenarbeit sprechen.",
      status,
      respondedAt: status === "PENDING" ? null : new Date(),
    },
  });
}

/** The editor's values for a complete matchmaking day, as the form would send them. */
export function editorInput(organizerId: string) {
  const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  return {
    organizerId,
    type: "MATCHMAKING" as const,
    titleDe: "Kooperationsbörse Elbe–Labe",
    titleCs: "Kooperační burza Labe–Elbe",
    titleEn: "",
    descriptionDe: "Einzelgespräche zwischen sächsischen und tschechischen Firmen.",
    descriptionCs: "",
    descriptionEn: "",
    startsAt: `${day}T09:00`,
    endsAt: `${day}T15:00`,
    venueName: "Messe Dresden",
    address: "Messering 6",
    city: "Dresden",
    country: "DE" as const,
    onlineUrl: "",
    languages: ["de", "cs"] as ("de" | "cs" | "en")[],
    capacity: 40,
    registrationOpensAt: "",
    registrationClosesAt: "",
    approvalRequired: false,
    meetingsEnabled: true,
    meetingMinutes: 20,
    tableCount: 10,
    meetingWindows: [{ startsAt: `${day}T10:00`, endsAt: `${day}T12:00` }],
    agenda: [{ startsAt: `${day}T09:00`, titleDe: "Begrüßung", titleCs: "Zahájení", titleEn: "" }],
  };
}
