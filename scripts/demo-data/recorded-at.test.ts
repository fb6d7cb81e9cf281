import { describe, expect, it } from "vitest";
import { demoPractices } from "./practices";
import { demoRecordedAt } from "./recorded-at";
import { referencePractices } from "./reference-practices";

describe("demoRecordedAt", () => {
  const practices = [...referencePractices, ...demoPractices];
  const times = practices.map((practice, index) => ({ practice, ...demoRecordedAt(practice, index) }));

  it("dates each record by its own days, at office hours, never changed before it was made", () => {
    for (const { practice, created, changed } of times) {
      expect(created.toISOString().slice(0, 10)).toBe(practice.enteredOn);
      expect(changed >= created).toBe(true);
      expect(changed.getUTCHours()).toBeGreaterThanOrEqual(7);
      expect(changed.getUTCHours()).toBeLessThan(16);
    }
  });

  it("gives the demo practices distinct last changes, not the minute of the import", () => {
    expect(new Set(times.map(({ changed }) => changed.getTime())).size).toBe(practices.length);
  });
});
