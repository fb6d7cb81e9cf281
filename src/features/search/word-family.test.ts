import { describe, expect, it } from "vitest";
import { termOf } from "./analyze";
import { familyRootOf } from "./word-family";

const rootOfWord = (word: string) => familyRootOf(termOf(word)!);

describe("familyRootOf", () => {
  it("gives a noun in -ość the root of its adjective", () => {
    expect(rootOfWord("bezdomność")).toBe("bezdomn");
    expect(rootOfWord("niepełnosprawności")).toBe("niepelnosprawn");
    // …which the adjective's forms start with.
    for (const word of ["bezdomny", "bezdomni", "bezdomne", "bezdomnych"]) expect(termOf(word)!.startsWith("bezdomn")).toBe(true);
  });

  it("joins -acja nouns, -ować verbs and their participles", () => {
    expect(rootOfWord("aktywizacja")).toBe("aktywiz");
    expect(rootOfWord("aktywizować")).toBe("aktywiz");
    expect(rootOfWord("aktywizujące")).toBe("aktywiz");
    expect(rootOfWord("segregacji")).toBe("segreg");
  });

  it("takes -anie/-enie off verbal nouns and -n off adjectives of nouns", () => {
    expect(rootOfWord("ocieplania")).toBe("ociepl");
    expect(rootOfWord("szkolnych")).toBe("szkol");
    expect(termOf("szkół")!.startsWith("szkol")).toBe(true);
  });

  it("leaves short terms, numbers and words without a derivational suffix alone", () => {
    expect(familyRootOf("plan")).toBeNull();
    expect(familyRootOf("wodn")).toBeNull();
    expect(familyRootOf("500")).toBeNull();
    expect(rootOfWord("odpady")).toBeNull();
    expect(rootOfWord("budżet")).toBeNull();
  });
});
