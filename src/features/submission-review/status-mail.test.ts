import { describe, expect, it } from "vitest";
import { statusMail } from "./status-mail";

describe("the submitter's status e-mail", () => {
  it("says the new state and the editor's words, and gives the new status link, with everything typed inert", () => {
    const url = "https://bdp.example.pl/zgloszenie/abc";
    const mail = statusMail({ id: 12, title: "Rowery <img src=x onerror=alert(1)>\nBcc: ktos@example.pl" }, "NEEDS_CHANGES", "Dopisz <b>koszt</b>.\nI partnerów.", url);
    expect(mail.subject).toBe("Zgłoszenie nr 12: do poprawy – „Rowery <img src=x onerror=alert(1)> Bcc: ktos@example.pl”");
    expect(mail.text).toContain("ma nowy stan: do poprawy.");
    expect(mail.text).toContain("> Dopisz <b>koszt</b>.\n> I partnerów.");
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(`href="${url}"`);
    expect(mail.text).toContain("Linki z wcześniejszych wiadomości o tym zgłoszeniu już nie działają.");
    expect(mail.html).not.toMatch(/<img|<b>/);
    expect(mail.html).toContain("&lt;b&gt;koszt&lt;/b&gt;");
  });

  it("has no quote without a message, and shortens a long title in the subject", () => {
    const mail = statusMail({ id: 3, title: "Długi tytuł ".repeat(20) }, "IN_REVIEW", "", "https://bdp.example.pl/zgloszenie/abc");
    expect(mail.text).not.toContain("Wiadomość od redakcji");
    expect(mail.subject.length).toBeLessThan(160);
    expect(mail.subject).toMatch(/…”$/);
  });
});
