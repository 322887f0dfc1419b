// SPDX-License-Identifier: EUPL-1.2
import { z } from "zod";

/** Countries a company can be registered in; labels come from the `Countries` messages. */
export const COMPANY_COUNTRIES = ["DE", "CZ", "PL", "AT", "SK"] as const;

export const createCompanySchema = z.object({
  name: z.string().trim().min(2).max(120),
  country: z.enum(COMPANY_COUNTRIES),
});

export type CreateCompanyInput = z.input<typeof createCompanySchema>;
