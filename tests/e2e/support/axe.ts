import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// WCAG 2.1 A and AA as far as axe can tell, and on request axe's best practices.

type AxeViolation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

function describeViolation(violation: AxeViolation): string {
  const nodes = violation.nodes.map((node) => `  - ${node.target.join(" ")}\n    ${node.html}\n      ${(node.failureSummary ?? "").replace(/\n/g, "\n      ")}`);
  return [`${violation.id} (${violation.impact}): ${violation.help}`, `  ${violation.helpUrl}`, ...nodes].join("\n");
}

/**
 * `bestPractice` adds axe's best-practice rules (landmarks, heading order, unique names…) to WCAG's;
 * `experimental` adds single rules axe ships as experimental, e.g. "label-content-name-mismatch"
 * (WCAG 2.5.3, the visible label is part of the name), which tags alone never run.
 */
export async function expectNoViolations(
  page: Page,
  label = page.url(),
  { bestPractice = false, experimental = [] as string[] } = {},
): Promise<void> {
  const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", ...(bestPractice ? ["best-practice"] : [])];
  // After a client-side navigation (a server action's redirect) Next streams the page's metadata
  // after its body: the title is checked once it has arrived, not in the moment between.
  await expect(page).toHaveTitle(/\S/);
  const rules = Object.fromEntries(experimental.map((rule) => [rule, { enabled: true }]));
  const results = await new AxeBuilder({ page }).options({ rules }).withTags(tags).analyze();
  expect(results.violations.map(describeViolation), `axe found ${bestPractice ? "WCAG or best-practice" : "WCAG"} violations on ${label}`).toEqual([]);
}
