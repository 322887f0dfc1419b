// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { availableMemory, memorySettings } from "../../lib/db/embedded";

const GB = 2 ** 30;

describe("embedded PostgreSQL memory", () => {
  it("gives the buffers an eighth of the machine's memory, at most 1 GB", () => {
    expect(memorySettings(4 * GB)).toEqual({ shared_buffers: "512MB", effective_cache_size: "2048MB" });
    expect(memorySettings(24 * GB).shared_buffers).toBe("1024MB");
    expect(memorySettings(256 * GB).shared_buffers).toBe("1024MB");
  });

  it("never goes below PostgreSQL's own default on a small machine", () => {
    expect(memorySettings(0.5 * GB)).toEqual({ shared_buffers: "128MB", effective_cache_size: "256MB" });
    expect(memorySettings(0.1 * GB)).toEqual({ shared_buffers: "128MB", effective_cache_size: "128MB" });
  });

  it("sizes for a container's memory limit when it is below the machine's", () => {
    expect(availableMemory(24 * GB, 2 * GB)).toBe(2 * GB);
    expect(memorySettings(availableMemory(24 * GB, 2 * GB)).shared_buffers).toBe("256MB");
    // No limit: cgroups report 0 or the largest number there is.
    expect(availableMemory(24 * GB, 0)).toBe(24 * GB);
    expect(availableMemory(24 * GB, 2 ** 64)).toBe(24 * GB);
  });
});
