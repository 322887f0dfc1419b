// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { industriesNamedBy } from "@/lib/matchmaking/industry-words";

describe("industries named by a participant search", () => {
  it.each([
    ["Stahlbau", "25.11"],
    ["ocelové konstrukce", "25.11"],
    ["Logistik", "52.10"],
    ["logistika", "52.10"],
  ])("'%s' names NACE %s, whose official wording does not contain the word", (query, code) => {
    expect(industriesNamedBy(query)).toContain(code);
  });

  it("names nothing for a company's name or an empty search", () => {
    expect(industriesNamedBy("Glashütte Freital")).toEqual([]);
    expect(industriesNamedBy("   ")).toEqual([]);
  });

  it("does not take a bakery for steel construction", () => {
    expect(industriesNamedBy("Bäckerei")).not.toContain("25.11");
  });
});
