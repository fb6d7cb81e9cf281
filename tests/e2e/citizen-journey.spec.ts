import { test } from "@playwright/test";
import { citizenJourneyTests } from "./support/citizen-journey";

test.describe("A resident finds a good practice and downloads its attachments", () => {
  citizenJourneyTests();
});
