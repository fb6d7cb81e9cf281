import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv";

describe("csvCell", () => {
  it("leaves plain text and numbers as they are", () => {
    expect(csvCell("Łódź")).toBe("Łódź");
    expect(csvCell(170000)).toBe("170000");
    expect(csvCell(null)).toBe("");
  });

  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('Projekt „Razem” i "Razem"')).toBe('"Projekt „Razem” i ""Razem"""');
    expect(csvCell("wiersz 1\nwiersz 2")).toBe('"wiersz 1\nwiersz 2"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
  });

  it.each(["=1+1", "+48 32 111", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])("prefixes %j so it is not a formula", (value) => {
    expect(csvCell(value).replace(/^"/, "")).toMatch(/^'/);
  });

  it("quotes a prefixed cell that needs quoting", () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
});

describe("csvRow", () => {
  it("joins cells with commas and ends with CRLF", () => {
    expect(csvRow(["a", 1, null, "b,c"])).toBe('a,1,,"b,c"\r\n');
  });
});
