// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { sessionSettings } from "../../lib/search/engines/postgres-planner-pool";

describe("connections that plan with scan methods switched off", () => {
  it("sets every setting for the session, names and values as parameters", () => {
    expect(sessionSettings({ enable_seqscan: "off", enable_bitmapscan: "on" })).toEqual({
      text: "SELECT set_config($1, $2, false), set_config($3, $4, false)",
      values: ["enable_seqscan", "off", "enable_bitmapscan", "on"],
    });
  });

  it("sets them for the transaction only when asked to", () => {
    expect(sessionSettings({ enable_seqscan: "off" }, true).text).toBe("SELECT set_config($1, $2, true)");
  });
});
