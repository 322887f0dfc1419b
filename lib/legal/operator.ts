// SPDX-License-Identifier: EUPL-1.2
import { settings, type EnvSource, type Settings } from "../env";

/**
 * Who runs this installation of the portal, for the imprint and the privacy policy. Every
 * operator sets their own details through the environment; whatever is missing shows up on
 * the pages as a clearly marked placeholder instead of someone else's data.
 */
export interface OperatorField {
  /** The environment variable to set. */
  env: string;
  value: string | null;
}

export interface OperatorDetails {
  name: OperatorField;
  /** Postal address; lines separated by "|" or newlines in the variable. */
  address: OperatorField;
  email: OperatorField;
  phone: OperatorField;
  representative: OperatorField;
  register: OperatorField;
  vatId: OperatorField;
  contentResponsible: OperatorField;
  privacyContact: OperatorField;
  dataProtectionOfficer: OperatorField;
}

/** Required by § 5 DDG / § 4 of the Czech e-commerce act for any operator; the rest is optional. */
export const REQUIRED_OPERATOR_FIELDS = ["name", "address", "email", "representative"] as const;

type OperatorVariable = Extract<keyof Settings, `OPERATOR_${string}` | `PRIVACY_${string}`>;

export function operatorDetails(env?: EnvSource): OperatorDetails {
  const s = settings(env);
  const field = (name: OperatorVariable, fallback?: OperatorVariable): OperatorField => ({
    env: name,
    value: s[name] ?? (fallback ? (s[fallback] ?? null) : null),
  });
  return {
    name: field("OPERATOR_NAME"),
    address: field("OPERATOR_ADDRESS"),
    email: field("OPERATOR_EMAIL"),
    phone: field("OPERATOR_PHONE"),
    representative: field("OPERATOR_REPRESENTATIVE"),
    register: field("OPERATOR_REGISTER"),
    vatId: field("OPERATOR_VAT_ID"),
    contentResponsible: field("OPERATOR_CONTENT_RESPONSIBLE", "OPERATOR_REPRESENTATIVE"),
    privacyContact: field("PRIVACY_CONTACT_EMAIL", "OPERATOR_EMAIL"),
    dataProtectionOfficer: field("PRIVACY_DPO"),
  };
}

export function addressLines(address: string): string[] {
  return address
    .split(/\s*(?:\||\\n|\n)\s*/)
    .map((l) => l.trim())
    .filter(Boolean);
}

export function missingOperatorFields(details: OperatorDetails): string[] {
  return REQUIRED_OPERATOR_FIELDS.filter((k) => !details[k].value).map((k) => details[k].env);
}
