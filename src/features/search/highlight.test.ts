import { describe, expect, it } from "vitest";
import { termsOf } from "./analyze";
import { snippet } from "./highlight";

const marked = (fragments: { text: string; match: boolean }[]) => fragments.filter((f) => f.match).map((f) => f.text);

describe("snippet", () => {
  it("marks every form of the searched words", () => {
    const fragments = snippet(["Wsparcie dla bezrobotnych. Bezrobotni odbyli staże w szkołach."], termsOf("bezrobotny szkoła"));
    expect(marked(fragments)).toEqual(["bezrobotnych", "Bezrobotni", "szkołach"]);
  });

  it("returns text, never markup, and keeps hostile input as text", () => {
    const fragments = snippet(['<img src=x onerror="alert(1)"> bezrobotni'], termsOf("bezrobotni"));
    expect(fragments.map((f) => f.text).join("")).toContain('<img src=x onerror="alert(1)"');
  });

  it("starts near the first match in a long text", () => {
    const long = `${"Lorem ipsum dolor. ".repeat(40)}Rewitalizacja śródmieścia.`;
    const fragments = snippet([long], termsOf("rewitalizacja"));
    expect(fragments[0]?.text.startsWith("…")).toBe(true);
    expect(marked(fragments)).toEqual(["Rewitalizacja"]);
  });
});
