// SPDX-License-Identifier: EUPL-1.2
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { readdirSync } from "node:fs";

/**
 * The layout's import boundaries (README, "Import boundaries"): lib/ is below app/ and components/
 * and never imports from them; a domain under lib/ uses another domain only through its public
 * modules, never through its internals: its server actions (lib/<domain>/actions/, entry points
 * for pages and components) and anything named internal.
 */
const domains = readdirSync(new URL("./lib/", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "generated")
  .map((entry) => entry.name);

export const boundaryZones = [
  { target: "./lib", from: "./app", message: "lib/ must not import from app/: pass what it needs as arguments." },
  { target: "./lib", from: "./components", message: "lib/ must not import from components/: it serves them, not the other way round." },
  ...domains.flatMap((domain) => [
    {
      target: `./lib/!(${domain})/**/*`,
      from: `./lib/${domain}/actions/**/*`,
      message: `Server actions are entry points for pages and components; share what lib/${domain} needs in a plain module beside them.`,
    },
    {
      target: `./lib/!(${domain})/**/*`,
      from: `./lib/${domain}/**/*internal*`,
      message: `lib/${domain}'s internal modules are for lib/${domain} only; use its public modules.`,
    },
  ]),
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // The shared `test` fails a test on any Content-Security-Policy violation.
    files: ["tests/e2e/**/*.ts"],
    ignores: ["tests/e2e/support/test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@playwright/test", importNames: ["test"], message: "Import test and expect from tests/e2e/support/test." },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.{ts,tsx,js,jsx,mjs}"],
    rules: { "import/no-restricted-paths": ["error", { zones: boundaryZones }] },
  },
  {
    // Settings are validated once, in lib/env; scripts that start processes read their own.
    files: ["app/**", "components/**", "lib/**", "proxy.ts", "instrumentation.ts"],
    ignores: ["lib/env/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings through lib/env (settings(), publicBaseUrl())." },
      ],
    },
  },
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
