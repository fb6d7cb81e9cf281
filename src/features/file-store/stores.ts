import { env, type Env } from "@/lib/env";
import { localFileStore } from "./local-store";
import { postgresFileStore } from "./postgres-store";
import { s3FileStore } from "./s3-store";
import type { FileStore, FileStoreKind } from "./store";

type StoreSettings = Pick<Env, "ATTACHMENTS_DIR" | "S3_ENDPOINT" | "S3_REGION" | "S3_BUCKET" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY" | "S3_FORCE_PATH_STYLE">;

// One store per kind and settings in a process: an S3 client keeps its connections.
const made = new Map<string, FileStore>();

/** The store of a kind with the environment's settings (FILE_STORE picks the site's; `files:migrate` names two). */
export function fileStoreOf(kind: FileStoreKind, settings: StoreSettings = env()): FileStore {
  const id = JSON.stringify([kind, settings.ATTACHMENTS_DIR, settings.S3_ENDPOINT, settings.S3_REGION, settings.S3_BUCKET, settings.S3_ACCESS_KEY_ID, settings.S3_FORCE_PATH_STYLE]);
  let store = made.get(id);
  if (!store) {
    store = create(kind, settings);
    made.set(id, store);
  }
  return store;
}

function create(kind: FileStoreKind, settings: StoreSettings): FileStore {
  switch (kind) {
    case "local":
      return localFileStore(settings.ATTACHMENTS_DIR);
    case "postgres":
      return postgresFileStore();
    case "s3": {
      if (!settings.S3_BUCKET) throw new Error("The S3 file store needs S3_BUCKET");
      const { S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = settings;
      return s3FileStore({
        bucket: settings.S3_BUCKET,
        region: settings.S3_REGION,
        endpoint: settings.S3_ENDPOINT,
        forcePathStyle: settings.S3_FORCE_PATH_STYLE,
        credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
      });
    }
  }
}
