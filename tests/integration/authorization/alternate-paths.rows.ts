// SPDX-License-Identifier: EUPL-1.2
import { expect } from "vitest";
import { withdrawMeetingRequestAction } from "../../../lib/matchmaking/actions/withdraw-meeting-request";
import { removeMemberAction } from "../../../lib/team/actions/remove-member";
import { createCompany, createEvent, meetingRequest, registerDirectly } from "../support/events";
import { COMPANY_VOICE_BY_ID, row, rows, SIGNED_IN } from "./matrix";

/**
 * Actions whose permission depends on who calls them, checked on the path the main rows do not
 * take: a member leaving instead of being removed, and the asked company calling off a meeting
 * the other one requested.
 */
export default rows({
  "removeMemberAction (the caller leaves)": row({
    action: removeMemberAction,
    input: (f) => ({ organizationId: f.company.id, userId: f.actor?.id ?? f.users.editor.id }),
    // Every member may leave, except the last owner; nobody else leaves a company for it.
    expect: { ...SIGNED_IN, otherMember: "forbidden", organizerStaff: "forbidden", admin: "forbidden", owner: "conflict" },
    verify: async (f) => {
      expect(await f.db.membership.count({ where: { organizationId: f.company.id, userId: f.actor!.id } })).toBe(0);
    },
  }),
  "withdrawMeetingRequestAction (the asked company calls the meeting off)": row({
    action: withdrawMeetingRequestAction,
    input: async (f) => {
      const event = await createEvent(f.organizer.id);
      const mine = await registerDirectly(event.id, { user: f.users.owner, org: f.company });
      const partner = await registerDirectly(event.id, await createCompany({ name: "Asking partner" }));
      return { requestId: (await meetingRequest(event.id, partner, mine, "ACCEPTED")).id };
    },
    expect: COMPANY_VOICE_BY_ID,
    hidden: "requestId",
    verify: async (f, data) => {
      const { requestId } = data as { requestId: string };
      expect(await f.db.meetingRequest.findUniqueOrThrow({ where: { id: requestId }, select: { status: true } })).toEqual({
        status: "CANCELLED",
      });
    },
  }),
});
