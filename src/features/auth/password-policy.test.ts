import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it("accepts long passphrases without composition rules", () => {
    expect(passwordProblem("rower stoi pod starym dębem")).toBeNull();
    expect(passwordProblem("zielonakawanaparapecie")).toBeNull();
    expect(passwordProblem("Ωμέγα i żółć, 12 kwietnia")).toBeNull();
  });

  it("counts characters, not UTF-16 units, against the 12–128 limits", () => {
    expect(passwordProblem("źdźbło żółte")).toBeNull(); // 12 characters
    expect(passwordProblem("źdźbło żółt")).toMatch(/co najmniej 12 znaków/);
    expect(passwordProblem("ą".repeat(128).replace(/ą{4}$/, "kotx"))).toBeNull();
    expect(passwordProblem("a".repeat(129))).toMatch(/najwyżej 128 znaków/);
  });

  it("refuses passwords on the list, whatever their case", () => {
    expect(passwordProblem("1qaz2wsx3edc")).toMatch(/zbyt popularne/);
    expect(passwordProblem("QWERTY123456")).toMatch(/zbyt popularne/);
  });

  it("refuses a common password with only digits and punctuation around it", () => {
    expect(passwordProblem("Password1234!")).toMatch(/zbyt popularne/);
    expect(passwordProblem("2024!kochanie!")).toMatch(/zbyt popularne/);
    expect(passwordProblem("polska123456")).toMatch(/zbyt popularne/);
  });

  it("refuses repetitions, sequences and the service's name", () => {
    expect(passwordProblem("aaaaaaaaaaaa")).toMatch(/zbyt popularne/);
    expect(passwordProblem("abcabcabcabc")).toMatch(/zbyt popularne/);
    expect(passwordProblem("123456789012")).toMatch(/zbyt popularne/);
    expect(passwordProblem("abcdefghijklmn")).toMatch(/zbyt popularne/);
    expect(passwordProblem("BankDobrychPraktyk1")).toMatch(/zbyt popularne/);
  });

  it("refuses the account's own e-mail or name", () => {
    expect(passwordProblem("anna.nowak2024!", { email: "anna.nowak@gmina.pl" })).toMatch(/adresu e-mail/);
    expect(passwordProblem("Anna Nowak 1234", { email: "a@b.pl", name: "Anna Nowak" })).toMatch(/imieniem i nazwiskiem/);
  });
});
