import { describe, expect, it } from "vitest";
import { safeFileName, titleFromFileName } from "./file-name";

describe("safeFileName", () => {
  it("keeps Polish names and drops paths and control characters", () => {
    expect(safeFileName("C:\\Users\\anna\\Sprawozdanie – Łódź.pdf")).toBe("Sprawozdanie – Łódź.pdf");
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName("a\u0000b\u202Efdp.exe")).toBe("abfdp.exe");
    expect(safeFileName("...")).toBe("plik");
  });

  it("shortens long names but keeps the extension", () => {
    const name = safeFileName(`${"a".repeat(300)}.docx`);
    expect(name).toHaveLength(200);
    expect(name.endsWith(".docx")).toBe(true);
  });
});

describe("titleFromFileName", () => {
  it("drops the extension and underscores", () => {
    expect(titleFromFileName("Raport_roczny_2012.pdf")).toBe("Raport roczny 2012");
  });
});
