import { describe, expect, it } from "vitest";
import { applyEdit, formatMarkdown, type MarkdownFormat } from "./markdown-format";

/** The text and the selected part after applying a format to `text` with `[` `]` marking the selection. */
function run(marked: string, format: MarkdownFormat): { text: string; selected: string } {
  const start = marked.indexOf("[");
  const end = marked.indexOf("]") - 1;
  const text = marked.replace("[", "").replace("]", "");
  const edit = formatMarkdown(text, start, end, format);
  const after = applyEdit(text, edit);
  return { text: after, selected: after.slice(edit.selectionStart, edit.selectionEnd) };
}

describe("formatMarkdown", () => {
  it("makes the selection bold, or inserts a placeholder to type over", () => {
    expect(run("Ala ma [kota]", "bold")).toEqual({ text: "Ala ma **kota**", selected: "kota" });
    expect(run("Ala []", "bold")).toEqual({ text: "Ala **pogrubiony tekst**", selected: "pogrubiony tekst" });
  });

  it("turns the current line into a heading and back", () => {
    expect(run("Wstęp\nPl[]an\nKoniec", "heading").text).toBe("Wstęp\n## Plan\nKoniec");
    expect(run("## Pl[]an", "heading").text).toBe("Plan");
    // A caret (no selection) goes on at the end of the line, ready for typing.
    const edit = formatMarkdown("Wstęp\n", 6, 6, "list");
    expect(applyEdit("Wstęp\n", edit)).toBe("Wstęp\n- ");
    expect([edit.selectionStart, edit.selectionEnd]).toEqual([8, 8]);
  });

  it("makes every selected line a list item, replacing a heading marker", () => {
    expect(run("[pierwszy\n## drugi]\ntrzeci", "list")).toEqual({ text: "- pierwszy\n- drugi\ntrzeci", selected: "- pierwszy\n- drugi" });
    expect(run("[- a\n- b]", "list").text).toBe("a\nb");
  });

  it("links the selected words and selects the address for typing", () => {
    expect(run("Zobacz [regulamin] gminy", "link")).toEqual({ text: "Zobacz [regulamin](https://) gminy", selected: "https://" });
    expect(run("[]", "link").text).toBe("[tekst odnośnika](https://)");
  });
});
