import { inject } from "vitest";
import { setProcessEnv } from "../../src/lib/env";

// Runs before each test file's imports, so the database client connects to the test database.
setProcessEnv("DATABASE_URL", inject("databaseUrl"));
setProcessEnv("NODE_ENV", "test");
setProcessEnv("ATTACHMENTS_DIR", ".data/test-attachments");
