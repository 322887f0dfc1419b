// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { nextMeetingWindow } from "@/lib/events/editor-defaults";

describe("a new meeting window", () => {
  const event = { startsAt: "2027-03-18T09:00", endsAt: "2027-03-18T17:00" };

  it("starts with the event and lasts three hours instead of ending when it starts", () => {
    expect(nextMeetingWindow(event, [])).toEqual({ startsAt: "2027-03-18T09:00", endsAt: "2027-03-18T12:00" });
  });

  it("follows the last window", () => {
    expect(nextMeetingWindow(event, [{ endsAt: "2027-03-18T12:00" }])).toEqual({
      startsAt: "2027-03-18T12:00",
      endsAt: "2027-03-18T15:00",
    });
  });

  it("ends no later than the event", () => {
    expect(nextMeetingWindow(event, [{ endsAt: "2027-03-18T15:30" }])).toEqual({
      startsAt: "2027-03-18T15:30",
      endsAt: "2027-03-18T17:00",
    });
  });

  it("crosses midnight when the event does", () => {
    expect(nextMeetingWindow({ startsAt: "2027-03-18T22:00", endsAt: "2027-03-19T08:00" }, [])).toEqual({
      startsAt: "2027-03-18T22:00",
      endsAt: "2027-03-19T01:00",
    });
  });

  it("stays empty until the event has a start", () => {
    expect(nextMeetingWindow({ startsAt: "", endsAt: "" }, [])).toEqual({ startsAt: "", endsAt: "" });
  });
});
