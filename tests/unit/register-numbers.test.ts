// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { compactRegisterNumber, isValidIco, isValidVatId, vatIdProblem } from "../../lib/companies/register-numbers";

describe("Czech IČO", () => {
  it.each(["27082440", "45274649", "25123891", "00006947", "2708 2440"])("accepts %s", (ico) => {
    expect(isValidIco(ico)).toBe(true);
  });

  it.each([
    ["27082441", "wrong check digit"],
    ["45274648", "wrong check digit"],
    ["2708244", "seven digits"],
    ["270824400", "nine digits"],
    ["2708244A", "a letter"],
    ["", "empty"],
  ])("rejects %s (%s)", (ico) => {
    expect(isValidIco(ico)).toBe(false);
  });

  // Weighted sums 11, 12 and 13 leave remainders 0, 1 and 2: check digits 1, 0 and 9.
  it.each([
    ["0000031", 1],
    ["0000006", 0],
    ["0000032", 9],
  ])("after %s only the check digit %i fits", (first7, check) => {
    const fitting = [...Array(10).keys()].filter((d) => isValidIco(`${first7}${d}`));
    expect(fitting).toEqual([check]);
  });
});

describe("VAT IDs", () => {
  it.each([
    "DE136695976",
    "DE811569869",
    "de 136 695 976",
    "CZ27082440",
    "CZ 2708 2440",
    "CZ7103192745",
    "CZ699001237",
    "ATU13585627",
    "PL5260250274",
    "SK2020317068",
  ])("accepts %s", (vat) => {
    expect(vatIdProblem(vat)).toBeNull();
    expect(isValidVatId(vat)).toBe(true);
  });

  it.each([
    ["DE13669597", "vatIdFormatDe"],
    ["DE1366959760", "vatIdFormatDe"],
    ["DE12345678X", "vatIdFormatDe"],
    ["DE136695977", "vatIdChecksum"],
    ["CZ1234567", "vatIdFormatCz"],
    ["CZ12345678901", "vatIdFormatCz"],
    ["CZ27082441", "vatIdChecksum"],
    ["CZ7103192746", "vatIdChecksum"],
    ["ATU1358562", "vatIdFormatOther"],
    ["FR40303265045", "vatIdUnsupported"],
    ["27082440", "vatIdUnsupported"],
  ])("rejects %s with %s", (vat, problem) => {
    expect(vatIdProblem(vat)).toBe(problem);
    expect(isValidVatId(vat)).toBe(false);
  });

  it("compacts what people copy from letterheads", () => {
    expect(compactRegisterNumber(" cz 270-82-440 ")).toBe("CZ27082440");
    expect(compactRegisterNumber("DE 136.695.976")).toBe("DE136695976");
  });
});
