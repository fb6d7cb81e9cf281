import { describe, expect, it } from "vitest";
import { websiteHref, websiteLabel } from "./website";

describe("website", () => {
  it("links addresses entered without a scheme", () => {
    expect(websiteHref("www.zaradni.eu")).toBe("http://www.zaradni.eu");
    expect(websiteHref("https://bytom.pl/mopr")).toBe("https://bytom.pl/mopr");
  });

  it("shows the address as people write it", () => {
    expect(websiteLabel("http://www.zaradni.eu/")).toBe("www.zaradni.eu");
    expect(websiteLabel("https://bytom.pl/mopr")).toBe("bytom.pl/mopr");
  });
});
