// SPDX-License-Identifier: EUPL-1.2
import { callbackUrlField } from "./schema";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The callbackUrl query parameter if it is a path on this site. */
export function safeCallbackUrl(value: string | string[] | undefined): string | undefined {
  const parsed = callbackUrlField.safeParse(firstParam(value));
  return parsed.success ? parsed.data : undefined;
}
