// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { eventEditorSchema } from "@/lib/events/schema";
import { localInputToDate, dateToLocalInput } from "@/lib/events/local-time";

const valid = {
  organizerId: "org1",
  type: "MATCHMAKING" as const,
  titleDe: "Kooperationsbörse",
  titleCs: "",
  titleEn: "",
  descriptionDe: "",
  descriptionCs: "",
  descriptionEn: "",
  startsAt: "2027-03-18T09:00",
  endsAt: "2027-03-18T15:00",
  venueName: "",
  address: "",
  city: "Dresden",
  country: "DE" as const,
  onlineUrl: "",
  languages: ["de" as const],
  capacity: 40,
  registrationOpensAt: "",
  registrationClosesAt: "",
  approvalRequired: false,
  meetingsEnabled: true,
  meetingMinutes: 20,
  tableCount: 10,
  meetingWindows: [{ startsAt: "2027-03-18T10:00", endsAt: "2027-03-18T12:00" }],
  agenda: [],
};

/** The message keys of the failed rules, by field path. */
function problems(input: unknown) {
  const result = eventEditorSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((i) => [i.path.join("."), (i as { params?: { message?: string } }).params?.message ?? i.code]),
  );
}

describe("event editor schema", () => {
  it("accepts a complete matchmaking day", () => {
    expect(problems(valid)).toEqual({});
  });

  it("names each broken rule at its field", () => {
    expect(
      problems({
        ...valid,
        titleDe: "",
        endsAt: "2027-03-18T08:00",
        city: "",
        meetingWindows: [
          { startsAt: "2027-03-18T10:00", endsAt: "2027-03-18T10:10" },
          { startsAt: "2027-03-18T10:05", endsAt: "2027-03-18T11:00" },
        ],
      }),
    ).toMatchObject({
      titleDe: "event.titleRequired",
      endsAt: "event.endBeforeStart",
      city: "event.venueRequired",
      "meetingWindows.0.startsAt": "event.outsideEvent",
    });
  });

  it("checks meeting windows against the event and each other", () => {
    expect(
      problems({
        ...valid,
        meetingWindows: [
          { startsAt: "2027-03-18T10:00", endsAt: "2027-03-18T10:10" },
          { startsAt: "2027-03-18T10:05", endsAt: "2027-03-18T11:00" },
          { startsAt: "2027-03-18T14:30", endsAt: "2027-03-18T16:00" },
        ],
      }),
    ).toEqual({
      "meetingWindows.0.endsAt": "event.windowTooShort",
      "meetingWindows.1.startsAt": "event.windowsOverlap",
      "meetingWindows.2.startsAt": "event.outsideEvent",
    });
    expect(problems({ ...valid, meetingWindows: [], meetingMinutes: undefined })).toEqual({
      meetingMinutes: "event.meetingMinutesRequired",
      meetingWindows: "event.meetingWindowRequired",
    });
    // Without meetings, their settings do not matter.
    expect(problems({ ...valid, meetingsEnabled: false, meetingWindows: [], meetingMinutes: undefined })).toEqual({});
  });

  it("requires an online link for webinars", () => {
    expect(problems({ ...valid, type: "WEBINAR", meetingsEnabled: false })).toEqual({ onlineUrl: "event.onlineUrlRequired" });
    expect(problems({ ...valid, type: "WEBINAR", meetingsEnabled: false, onlineUrl: "javascript:alert(1)" })).toHaveProperty("onlineUrl");
  });
});

describe("event times", () => {
  it("reads wall-clock times in Saxony and Bohemia, summer and winter", () => {
    expect(localInputToDate("2027-01-15T09:00").toISOString()).toBe("2027-01-15T08:00:00.000Z");
    expect(localInputToDate("2027-07-15T09:00").toISOString()).toBe("2027-07-15T07:00:00.000Z");
    expect(dateToLocalInput(new Date("2027-07-15T07:00:00Z"))).toBe("2027-07-15T09:00");
  });
});
