import { describe, expect, it } from "vitest";
import { actionBySlug, actionSlug, describeDetails } from "./vocabulary";

describe("audit vocabulary", () => {
  it("round-trips action slugs as the database spells them", () => {
    expect(actionSlug("LOGIN_FAILED")).toBe("login-failed");
    expect(actionBySlug("practice-published")).toBe("PRACTICE_PUBLISHED");
    expect(actionBySlug("drop-table")).toBeUndefined();
  });

  it("describes details in words", () => {
    expect(describeDetails("LOGIN_FAILED", { reason: "wrong-password" })).toBe("złe hasło");
    expect(describeDetails("PRACTICE_UPDATED", { version: 3, fields: ["title", "summary"] })).toBe("wersja 3; pola: Tytuł, Skrót");
    expect(describeDetails("USER_UPDATED", { changed: { role: { from: "EDITOR", to: "ADMINISTRATOR" }, active: { from: true, to: false } } })).toBe(
      "rola: redaktor → administrator; aktywne: tak → nie",
    );
    expect(describeDetails("LOGOUT", null)).toBe("");
  });

  it("describes publications and links, shortening long texts", () => {
    expect(describeDetails("PUBLICATION_CREATED", { fileName: "raport.pdf" })).toBe("plik „raport.pdf”");
    expect(describeDetails("EXTERNAL_LINK_DELETED", { url: "https://urbact.eu/good-practices" })).toBe("https://urbact.eu/good-practices");
    const long = "Bardzo długi opis ".repeat(10);
    expect(describeDetails("PUBLICATION_UPDATED", { changed: { publishedOn: { from: "2024-01-01", to: "2024-02-01" }, description: { from: "", to: long } } })).toBe(
      `data publikacji: 2024-01-01 → 2024-02-01; opis: — → ${long.slice(0, 80)}…`,
    );
  });
});
