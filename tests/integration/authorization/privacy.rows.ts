// SPDX-License-Identifier: EUPL-1.2
import { expect } from "vitest";
import { deleteAccountAction } from "../../../lib/privacy/actions/delete-account";
import { rows, SIGNED_IN } from "./matrix";

// Deleting acts on the caller's own account. The fixture's owner is the last owner of a company
// that has other members, so that deletion is refused until ownership is handed over; the
// outsider is the only member of their company, which goes with the account. Organizer staff and
// platform admins delete their own accounts like anyone else.
export default rows({
  deleteAccountAction: {
    action: deleteAccountAction,
    input: (f) => ({ password: f.password }),
    expect: { ...SIGNED_IN, owner: "conflict" },
    verify: async (f) => {
      expect(await f.db.user.count({ where: { id: f.actor!.id } })).toBe(0);
      if (f.role === "otherMember") expect(await f.db.organization.count({ where: { id: f.otherCompany.id } })).toBe(0);
      else expect(await f.db.organization.count({ where: { id: f.company.id } })).toBe(1);
    },
  },
});
