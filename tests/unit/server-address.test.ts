// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { publicUrlFor, serverPort } from "../../scripts/lib/server-address";

describe("the address links point to when PUBLIC_URL is unset", () => {
  it("follows the port the dev server is told to listen on", () => {
    expect(publicUrlFor(["next", "dev", "-p", "3555"], {})).toBe("http://localhost:3555");
    expect(publicUrlFor(["next", "dev", "--port=4000"], {})).toBe("http://localhost:4000");
    expect(publicUrlFor(["next", "dev"], { PORT: "3555" })).toBe("http://localhost:3555");
  });

  it("prefers an explicit -p over PORT, and falls back to Next.js's 3000", () => {
    expect(serverPort(["next", "start", "--port", "3100"], { PORT: "3555" })).toBe("3100");
    expect(serverPort(["next", "dev"], {})).toBe("3000");
  });

  it("keeps a configured PUBLIC_URL", () => {
    expect(publicUrlFor(["next", "dev", "-p", "3555"], { PUBLIC_URL: "https://portal.example" })).toBe("https://portal.example");
  });
});
