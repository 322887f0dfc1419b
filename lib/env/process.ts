// SPDX-License-Identifier: EUPL-1.2
/**
 * The parts of the settings that act on the running process: ending it on a bad setting, and
 * the variables the portal hands to next-auth, to its own server and to child processes.
 * Server and scripts only; the browser-safe part is ./index.ts.
 */
import { randomBytes } from "node:crypto";
import { environmentProblems, publicBaseUrl, type EnvSource } from "./index";

/**
 * Ends the process with one line per bad variable and no stack trace, before anything starts:
 * a typo in a setting should not surface as a failure on some later request.
 */
export function exitOnEnvironmentProblems(source: EnvSource = process.env): void {
  const problems = environmentProblems(source);
  if (!problems.length) return;
  for (const problem of problems) console.error(`Error: ${problem}`);
  process.exit(1);
}

/** next-auth builds its absolute URLs from NEXTAUTH_URL; the portal already knows its address. */
export function provideNextAuthUrl(): void {
  process.env.NEXTAUTH_URL ??= publicBaseUrl();
}

/**
 * A random secret per process, shared by the portal's server (scripts/server.ts) and the app
 * through the environment. Not a setting: whoever could set it could forge the peer header.
 */
export function portalPeerSecret(): string {
  return (process.env.PORTAL_PEER_SECRET ??= randomBytes(24).toString("base64url"));
}

/** The environment for a child process: this one's, with `extra` on top. */
export function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
