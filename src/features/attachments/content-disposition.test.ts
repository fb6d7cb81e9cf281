import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./content-disposition";

describe("attachmentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(attachmentDisposition("Raport – Łódź (2011).pdf")).toBe(
      `attachment; filename="Raport _ Lodz (2011).pdf"; filename*=UTF-8''Raport%20%E2%80%93%20%C5%81%C3%B3d%C5%BA%20%282011%29.pdf`,
    );
  });

  it("cannot be broken out of by quotes or line breaks", () => {
    const header = attachmentDisposition('a"b\\c\r\nX-Evil: 1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split('"').length).toBe(3);
  });
});
