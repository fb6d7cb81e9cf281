import { describe, expect, it } from "vitest";
import { publicationFieldsSchema, publicationFileSchema, publicationIdSchema } from "./schema";

describe("publication schemas", () => {
  it("accept only plain decimal ids", () => {
    expect(publicationIdSchema.safeParse("12").data).toBe(12);
    for (const id of ["0", "012", "1e1", "0x10", " 1", "-1", "99999999999"]) expect(publicationIdSchema.safeParse(id).success, id).toBe(false);
  });

  it("parse the editors' fields with Polish messages", () => {
    expect(publicationFieldsSchema.parse({ title: "  Poradnik ", publishedOn: "2024-03-15" })).toEqual({
      title: "Poradnik",
      description: "",
      publishedOn: new Date("2024-03-15T00:00:00Z"),
    });
    const result = publicationFieldsSchema.safeParse({ title: "", publishedOn: "15.03.2024" });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["Podaj tytuł.", "Podaj datę w formacie RRRR-MM-DD."]);
    expect(publicationFieldsSchema.safeParse({ title: "x", publishedOn: "2024-02-30" }).error?.issues[0]?.message).toBe("Podaj prawdziwą datę.");
    expect(publicationFieldsSchema.safeParse({ title: "x", publishedOn: "2024-02-29" }).success).toBe(true);
    expect(publicationFieldsSchema.safeParse({ title: "x", publishedOn: "1800-01-01" }).success).toBe(false);
  });

  it("accept documents, strip paths from file names and refuse other types", () => {
    expect(publicationFileSchema.parse({ fileName: "C:\\dokumenty\\raport.pdf", mimeType: "application/pdf", byteSize: 10 }).fileName).toBe("raport.pdf");
    expect(publicationFileSchema.safeParse({ fileName: "a.exe", mimeType: "application/x-msdownload", byteSize: 10 }).error?.issues[0]?.message).toBe(
      "Dozwolone są pliki PDF, DOCX, ODT, XLSX i ODS.",
    );
    expect(publicationFileSchema.safeParse({ fileName: "a.pdf", mimeType: "application/pdf", byteSize: 0 }).success).toBe(false);
  });
});
