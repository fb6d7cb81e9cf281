import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// WCAG 2.1 A and AA as far as axe can tell (the same rules as accessibility.spec.ts).

type AxeViolation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

function describeViolation(violation: AxeViolation): string {
  const nodes = violation.nodes.map((node) => `  - ${node.target.join(" ")}\n    ${node.html}\n      ${(node.failureSummary ?? "").replace(/\n/g, "\n      ")}`);
  return [`${violation.id} (${violation.impact}): ${violation.help}`, `  ${violation.helpUrl}`, ...nodes].join("\n");
}

export async function expectNoViolations(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map(describeViolation), `axe found WCAG violations on ${label}`).toEqual([]);
}
