import { describe, expect, it } from "vitest";
import { requestIdOf } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("requestIdOf", () => {
  it("takes a trusted proxy's well-formed id", () => {
    for (const id of ["0f8fad5b-d9cb-469f-a165-70867728950e", "5d41402abc4b2a76b9719d911017c592", "1-67891233-abcdef012345678912345678", "req.42:a_b"]) {
      expect(requestIdOf(id, true)).toBe(id);
    }
  });

  it("ignores the header without a trusted proxy", () => {
    expect(requestIdOf("5d41402abc4b2a76b9719d911017c592", false)).toMatch(UUID);
  });

  it.each([
    ["empty", ""],
    ["too long", "a".repeat(129)],
    ["spaces", "abc def"],
    ["a line break", "abc\n{\"level\":\"error\"}"],
    ["two values joined", "abc, def"],
    ["a leading dash", "-abc"],
    ["non-ASCII", "żółw"],
  ])("makes a new id for %s", (_, header) => {
    expect(requestIdOf(header, true)).toMatch(UUID);
  });

  it("makes a new id when absent or repeated", () => {
    expect(requestIdOf(undefined, true)).toMatch(UUID);
    expect(requestIdOf(["a", "b"], true)).toMatch(UUID);
  });

  it("makes a different id for each request", () => {
    expect(requestIdOf(undefined, false)).not.toBe(requestIdOf(undefined, false));
  });
});
