// SPDX-License-Identifier: EUPL-1.2
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts") };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // next-intl's middleware imports "next/server" without an extension, which only bundlers resolve.
          server: { deps: { inline: ["next-intl"] } },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          // As for unit tests; the page matrix calls pages, which redirect through next-intl's navigation.
          server: { deps: { inline: ["next-intl"] } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One worker per core; each gets its own database created from the migrated template.
          pool: "forks",
        },
      },
    ],
  },
});
