// SPDX-License-Identifier: EUPL-1.2
/**
 * Which build this is. Safe in any bundle, the browser's included: Next.js replaces NODE_ENV with
 * its value at build time, and nothing else of the environment is read here.
 */
export function isProduction(): boolean {
  return process.env.NODE_ENV === "production";
}

export function isDevelopment(): boolean {
  return process.env.NODE_ENV === "development";
}
