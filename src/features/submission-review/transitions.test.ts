import { describe, expect, it } from "vitest";
import { availableSteps, canTake } from "./transitions";

describe("review steps", () => {
  it("offer what each state allows", () => {
    expect(availableSteps("NEW")).toEqual(["take", "accept", "return", "reject"]);
    expect(availableSteps("IN_REVIEW")).toEqual(["accept", "return", "reject"]);
    // The submitter is correcting it: only rejecting is left to the editors.
    expect(availableSteps("NEEDS_CHANGES")).toEqual(["reject"]);
    expect(availableSteps("ACCEPTED")).toEqual([]);
    expect(availableSteps("REJECTED")).toEqual([]);
    expect(availableSteps("DRAFT")).toEqual([]);
    expect(canTake("accept", "ACCEPTED")).toBe(false);
  });
});
