import type pg from "pg";

/**
 * Runs `work` in a transaction on a connection of `pool`: all of it commits, or none of it.
 *
 * While a connection is checked out, pg's pool does not listen for its errors, and a connection
 * cut under it (the database stopped) emits an "error" event that nobody handles: an uncaught
 * exception. The listener here takes it; the query in flight fails with the same error, and the
 * broken connection is discarded instead of returned to the pool.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (error: Error) => {
    broken = error;
  };
  client.on("error", onError);
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    broken ??= error instanceof Error ? error : new Error(String(error));
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.off("error", onError);
    client.release(broken);
  }
}
