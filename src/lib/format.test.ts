import { describe, expect, it } from "vitest";
import { countPl, formatFileSize, formatInteger, formatIsoDate, formatLongDate, formatSeconds, formatShortDate, pluralPl } from "./format";

const nbsp = (text: string) => text.replace(/ /g, "\u00a0");

describe("Polish formatting", () => {
  it("groups digits with non-breaking spaces", () => {
    expect(formatInteger(178443)).toBe(nbsp("178 443"));
    expect(formatInteger(1756820)).toBe(nbsp("1 756 820"));
    expect(formatInteger(1234)).toBe(nbsp("1 234"));
    expect(formatInteger(999)).toBe("999");
  });

  it("writes dates the Polish way", () => {
    expect(formatLongDate(new Date("2008-04-01T00:00:00Z"))).toBe("1 kwietnia 2008 r.");
    expect(formatIsoDate(new Date("2013-07-09T00:00:00Z"))).toBe("2013-07-09");
  });

  it("writes short axis dates and counted nouns", () => {
    expect(formatShortDate("2026-11-23")).toBe("23 lis");
    expect(countPl(3, "praktyka", "praktyki", "praktyk")).toBe("3 praktyki");
    expect(countPl(12_345, "odsłona", "odsłony", "odsłon")).toBe("12\u00a0345 odsłon");
  });

  it("writes file sizes with a decimal comma", () => {
    expect(formatFileSize(1_200_000)).toBe("1,2 MB");
    expect(formatFileSize(35_400)).toBe("35,4 kB");
    expect(formatFileSize(512)).toBe("512 B");
  });

  it("writes the generation time with two decimals", () => {
    expect(formatSeconds(0.0132)).toBe("0,01 s");
    expect(formatSeconds(0.256)).toBe("0,26 s");
  });
});

describe("pluralPl", () => {
  it("chooses the Polish form for the number", () => {
    const forms = ["praktyka", "praktyki", "praktyk"] as const;
    expect([1, 2, 4, 5, 12, 14, 22, 25, 0, 112, 1_756_823].map((n) => pluralPl(n, ...forms))).toEqual([
      "praktyka", "praktyki", "praktyki", "praktyk", "praktyk", "praktyk", "praktyki", "praktyk", "praktyk", "praktyk", "praktyki",
    ]);
  });
});

describe("formatDateTime", () => {
  it("shows Warsaw time with the month's genitive", async () => {
    const { formatDateTime } = await import("./format");
    expect(formatDateTime(new Date("2026-11-23T13:32:00Z"))).toBe("23 listopada 2026 r., 14:32");
    expect(formatDateTime(new Date("2026-07-01T06:05:00Z"))).toBe("1 lipca 2026 r., 08:05");
  });
});
