// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from "vitest";
import { distanceKm } from "../../lib/geo/gazetteer";
import { mulberry32 } from "../../lib/seed/random";
import { cellLexemes, cellsCovering, sampledCell, sampledCellLexemes } from "../../lib/search/engines/postgres-index";

describe("cells covering a radius", () => {
  const circles = [
    { lat: 50.7278, lon: 14.159, radiusKm: 25 }, // Děčín, the radius a place in the words gets
    { lat: 51.0504, lon: 13.7373, radiusKm: 5 },
    { lat: 49.7475, lon: 13.3776, radiusKm: 60 },
    { lat: 50.0, lon: 14.0, radiusKm: 12 }, // on cell corners
  ];

  it("holds the cell of every place within the radius", () => {
    // A fixed sequence, so a failure can be repeated.
    const next = mulberry32(7);
    for (const c of circles) {
      const cells = new Set(cellsCovering(c));
      expect(cells.size).toBeGreaterThan(0);
      let inside = 0;
      for (let i = 0; i < 20_000; i++) {
        // Points spread over the circle's bounding square and a little beyond.
        const lat = c.lat + ((next() - 0.5) * 2.4 * c.radiusKm) / 111.32;
        const lon = c.lon + ((next() - 0.5) * 2.4 * c.radiusKm) / (111.32 * Math.cos((c.lat * Math.PI) / 180));
        if (distanceKm(c, { lat, lon }) > c.radiusKm) continue;
        inside++;
        expect(cellLexemes({ lat, lon }).some((cell) => cells.has(cell))).toBe(true);
      }
      expect(inside).toBeGreaterThan(10_000);
    }
  });

  it("leaves out the corners of the bounding box that the circle does not reach", () => {
    const decin = circles[0];
    const cells = cellsCovering(decin);
    // The box of a 25 km radius around Děčín spans 5 × 8 cells of 0.1°.
    expect(cells.length).toBeLessThan(40);
    // Three of its corner cells lie wholly outside the circle.
    for (const corner of ["@505:145", "@509:138", "@509:145"]) expect(cells).not.toContain(corner);
    expect(cells).toContain(cellLexemes(decin)[0]);
  });

  it("moves to the 1° grid for a large radius, and gives up beyond that", () => {
    expect(cellsCovering({ lat: 50.5, lon: 14.5, radiusKm: 150 }).every((c) => c.startsWith("@@"))).toBe(true);
    expect(cellsCovering({ lat: 50.5, lon: 14.5, radiusKm: 5_000 })).toEqual([]);
  });
});

describe("sampled place lexemes", () => {
  const cells = cellLexemes({ lat: 50.7278, lon: 14.159 });

  it("names each cell once for every sample level the document is in", () => {
    expect(sampledCellLexemes(cells, 0)).toEqual([]);
    expect(sampledCellLexemes(cells, 3).sort()).toEqual(
      ["@507:141#1", "@507:141#2", "@507:141#3", "@@50:14#1", "@@50:14#2", "@@50:14#3"].sort(),
    );
    expect(sampledCellLexemes([], 5)).toEqual([]);
  });

  it("are the radius's cells of one sample level, as a query asks for them", () => {
    const around = cellsCovering({ lat: 50.7278, lon: 14.159, radiusKm: 25 }).map((c) => sampledCell(c, 2));
    for (const lexeme of sampledCellLexemes(cells, 2).filter((l) => l.startsWith("@5") && l.endsWith("#2")))
      expect(around).toContain(lexeme);
  });
});
