// SPDX-License-Identifier: EUPL-1.2
/**
 * Company register numbers of the border region. Pure functions, shared by the profile schema
 * (browser and server) and the tests.
 *
 * Sources of the rules: the Czech statistical office (IČO check digit), the German Federal
 * Central Tax Office (USt-IdNr. uses ISO 7064 MOD 11,10) and the EU VIES format table.
 */

/** Drops the separators people type or copy from letterheads: "CZ 251 23 891" → "CZ25123891". */
export function compactRegisterNumber(value: string): string {
  return value.replace(/[\s.\-/]/g, "").toUpperCase();
}

/** Czech IČO: 8 digits; the last is a check digit over the first seven (weights 8…2, mod 11). */
export function isValidIco(value: string): boolean {
  const ico = compactRegisterNumber(value);
  if (!/^\d{8}$/.test(ico)) return false;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(ico[i]) * (8 - i);
  // Remainders 0 and 1 give 11 and 10, which wrap to the single digits 1 and 0.
  return (11 - (sum % 11)) % 10 === Number(ico[7]);
}

/** ISO 7064 MOD 11,10 over all digits, as used by the German USt-IdNr. */
function mod11_10(digits: string): boolean {
  let product = 10;
  for (let i = 0; i < digits.length - 1; i++) {
    let sum = (Number(digits[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  const check = (11 - product) % 10;
  return check === Number(digits[digits.length - 1]);
}

/**
 * Czech DIČ after "CZ": 8 digits are a legal person's IČO (same check digit); 10 digits a birth
 * number, which is divisible by 11 (or, for some numbers issued before 1986, leaves 10 and ends
 * in 0); 9 digits are birth numbers from before 1954 or special numbers, which carry no check
 * digit we could verify.
 */
function czechDicChecksumOk(digits: string): boolean {
  if (digits.length === 8) return isValidIco(digits);
  if (digits.length === 10) {
    const n = BigInt(digits);
    if (n % 11n === 0n) return true;
    return BigInt(digits.slice(0, 9)) % 11n === 10n && digits[9] === "0";
  }
  return true;
}

export type VatIdProblem =
  | "vatIdFormatDe"
  | "vatIdFormatCz"
  | "vatIdFormatOther"
  | "vatIdChecksum"
  | "vatIdUnsupported";

// Format only: the portal checks the German and Czech numbers in depth, neighbours' by shape.
const OTHER_FORMATS: Record<string, RegExp> = {
  AT: /^ATU\d{8}$/,
  PL: /^PL\d{10}$/,
  SK: /^SK\d{10}$/,
};

/**
 * Why a VAT ID is not acceptable, or null when it is. The result names a message in the
 * `Validation.company` messages, so the user learns what exactly is wrong.
 */
export function vatIdProblem(value: string): VatIdProblem | null {
  const vat = compactRegisterNumber(value);
  const prefix = vat.slice(0, 2);
  if (prefix === "DE") {
    if (!/^DE\d{9}$/.test(vat)) return "vatIdFormatDe";
    return mod11_10(vat.slice(2)) ? null : "vatIdChecksum";
  }
  if (prefix === "CZ") {
    if (!/^CZ\d{8,10}$/.test(vat)) return "vatIdFormatCz";
    return czechDicChecksumOk(vat.slice(2)) ? null : "vatIdChecksum";
  }
  const other = OTHER_FORMATS[prefix];
  if (other) return other.test(vat) ? null : "vatIdFormatOther";
  return "vatIdUnsupported";
}

export function isValidVatId(value: string): boolean {
  return vatIdProblem(value) === null;
}
