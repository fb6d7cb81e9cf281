import { describe, expect, it } from "vitest";
import { externalLinkFieldsSchema } from "./schema";

describe("externalLinkFieldsSchema", () => {
  it("accepts http(s) addresses and trims the fields", () => {
    expect(externalLinkFieldsSchema.parse({ title: " URBACT ", url: " https://urbact.eu/good-practices ", position: "3" })).toEqual({
      title: "URBACT",
      url: "https://urbact.eu/good-practices",
      description: "",
      position: 3,
    });
  });

  it("refuses addresses that could run script or are not web pages", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,x", "ftp://example.org", "urbact.eu", ""]) {
      expect(externalLinkFieldsSchema.safeParse({ title: "x", url }).success, url).toBe(false);
    }
  });
});
