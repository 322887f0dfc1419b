// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { SEARCH_PARAMETERS, searchOpenApiDocument } from "@/lib/search/openapi";
import { parseSearchParams, SEARCH_PARAMETER_NAMES } from "@/lib/search/params";
import { SEARCH_API_LIMIT } from "@/lib/security/rate-limit";

const parse = (name: string, value: string) => parseSearchParams(new URLSearchParams({ [name]: value }));

describe("OpenAPI description of the search API", () => {
  const doc = searchOpenApiDocument("https://grenzpartner.example");

  it("is an OpenAPI 3.1 document on the portal's address", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: "https://grenzpartner.example" }]);
    expect(doc.paths["/api/v1/search"].get.parameters).toBe(SEARCH_PARAMETERS);
  });

  it("counts the request limit per minute, as the documentation page says", () => {
    expect(SEARCH_API_LIMIT.duration).toBe(60);
    expect(doc.info.description).toContain(`${SEARCH_API_LIMIT.points} requests per 60 seconds`);
  });

  it("documents exactly the parameters the API reads", () => {
    expect(SEARCH_PARAMETERS.map((p) => p.name).sort()).toEqual([...SEARCH_PARAMETER_NAMES].sort());
  });

  it.each(SEARCH_PARAMETERS.map((p) => [p.name, p] as const))("%s: its example and every listed value are accepted", (name, p) => {
    expect(parse(name, p.example!)).toMatchObject({ ok: true });
    for (const value of (p.schema.enum as string[] | undefined) ?? []) {
      expect(parse(name, value), `${name}=${value}`).toMatchObject({ ok: true });
    }
  });

  it.each(SEARCH_PARAMETERS.filter((p) => p.schema.enum).map((p) => [p.name] as const))(
    "%s: a value outside the listed ones is refused",
    (name) => {
      expect(parse(name, "nowhere")).toMatchObject({ ok: false, error: { parameter: name } });
    },
  );

  it.each(SEARCH_PARAMETERS.filter((p) => p.schema.type === "integer").map((p) => [p.name, p.schema] as const))(
    "%s: the documented bounds are the parser's",
    (name, schema) => {
      const { minimum, maximum } = schema as { minimum: number; maximum: number };
      expect(parse(name, String(minimum))).toMatchObject({ ok: true });
      expect(parse(name, String(maximum))).toMatchObject({ ok: true });
      expect(parse(name, String(minimum - 1))).toMatchObject({ ok: false, error: { parameter: name } });
      expect(parse(name, String(maximum + 1))).toMatchObject({ ok: false, error: { parameter: name } });
    },
  );

  it("documents the length limits the parser applies", () => {
    for (const p of SEARCH_PARAMETERS.filter((x) => typeof x.schema.maxLength === "number")) {
      const max = p.schema.maxLength as number;
      expect(parse(p.name, "a".repeat(max))).toMatchObject({ ok: true });
      expect(parse(p.name, "a".repeat(max + 1))).toMatchObject({ ok: false, error: { parameter: p.name } });
    }
  });
});
