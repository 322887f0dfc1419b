// SPDX-License-Identifier: EUPL-1.2
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The project's own lint configuration, run on code that is never written to disk.
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === "import/no-restricted-paths").map((m) => m.message);
}

describe("import boundaries", { timeout: 60_000 }, () => {
  // Loading the configuration and the TypeScript parser takes a while on a busy machine.
  beforeAll(() => boundaryErrors("lib/geo/boundary-probe.ts", "export const x = 1;\n"), 120_000);

  it("refuses lib code that imports from components or app", async () => {
    const errors = await boundaryErrors(
      "lib/geo/boundary-probe.ts",
      'import { SiteHeader } from "@/components/layout/site-header";\nimport robots from "../../app/robots";\nexport const x = [SiteHeader, robots];\n',
    );
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain("lib/ must not import from components/");
    expect(errors[1]).toContain("lib/ must not import from app/");
  });

  it("refuses a domain that reaches into another domain's server actions", async () => {
    const errors = await boundaryErrors(
      "lib/geo/boundary-probe.ts",
      'import { signUpAction } from "../auth/actions/sign-up";\nexport const x = signUpAction;\n',
    );
    expect(errors).toEqual([expect.stringContaining("share what lib/auth needs in a plain module")]);
  });

  it("lets a domain use its own actions and another domain's public modules", async () => {
    const errors = await boundaryErrors(
      "lib/auth/boundary-probe.ts",
      'import { signUpAction } from "./actions/sign-up";\nimport { REGIONS } from "../geo/places";\nexport const x = [signUpAction, REGIONS];\n',
    );
    expect(errors).toEqual([]);
  });

  it("lets pages and components import server actions", async () => {
    const errors = await boundaryErrors(
      "components/auth/boundary-probe.tsx",
      'import { signUpAction } from "@/lib/auth/actions/sign-up";\nexport const x = signUpAction;\n',
    );
    expect(errors).toEqual([]);
  });
});
