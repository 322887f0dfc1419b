// SPDX-License-Identifier: EUPL-1.2
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
    ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
