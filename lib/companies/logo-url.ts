// SPDX-License-Identifier: EUPL-1.2
/** Stored logos are named by a random id, so a name never reveals or guesses another company's file. */
export const LOGO_FILE_PATTERN = /^[a-f0-9]{32}\.webp$/;

export function isLogoFileName(name: string): boolean {
  return LOGO_FILE_PATTERN.test(name);
}

/** Public address of a stored logo (served by app/api/logos/[file]/route.ts). */
export function logoUrl(fileName: string): string {
  return `/api/logos/${fileName}`;
}

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LOGO_ACCEPT = "image/png,image/jpeg,image/webp";
