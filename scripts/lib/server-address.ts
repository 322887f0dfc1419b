// SPDX-License-Identifier: EUPL-1.2
/**
 * The address a command started by scripts/with-db.ts serves on, so links in mails, calendar
 * files and the sitemap point at the port the server really listens on when PUBLIC_URL is unset.
 */
const DEFAULT_PORT = "3000";

/** The port `next dev` or `next start` will listen on: `-p`/`--port`, else PORT, else 3000. */
export function serverPort(command: string[], env: Record<string, string | undefined>): string {
  for (let i = 0; i < command.length; i++) {
    const arg = command[i];
    if ((arg === "-p" || arg === "--port") && command[i + 1]) return command[i + 1];
    const inline = /^(?:-p|--port)=(.+)$/.exec(arg);
    if (inline) return inline[1];
  }
  return env.PORT?.trim() || DEFAULT_PORT;
}

/** PUBLIC_URL as given, or the local address of the server on its real port. */
export function publicUrlFor(command: string[], env: Record<string, string | undefined>): string {
  return env.PUBLIC_URL?.trim() || `http://localhost:${serverPort(command, env)}`;
}
