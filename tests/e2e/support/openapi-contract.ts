import { expect, type APIResponse } from "@playwright/test";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// Checks real responses against the site's own OpenAPI document (JSON Schema 2020-12, as OpenAPI
// 3.1 uses it): the status must be documented for the path, and the body must match its schema,
// `additionalProperties: false` included, so an undocumented field fails too.

type OpenApi = { openapi: string; paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>> };

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const DOCUMENT_ID = "https://bdp.test/openapi.json";

function pointer(...parts: string[]): string {
  return parts.map((part) => part.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
}

export class OpenApiContract {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly document: OpenApi) {
    // The document is not a schema itself: its OpenAPI keywords are ignored, its schemas are used.
    this.ajv = new Ajv2020({ allErrors: true, strictSchema: false });
    addFormats(this.ajv);
    this.ajv.addSchema(document, DOCUMENT_ID);
  }

  /** Asserts that `response` is one the document describes for GET `pathTemplate`. */
  async expectConforms(response: APIResponse, pathTemplate: string): Promise<void> {
    const status = String(response.status());
    const operation = this.document.paths[pathTemplate]?.get;
    expect(operation, `GET ${pathTemplate} is documented`).toBeDefined();
    const documented = operation!.responses[status];
    expect(documented, `status ${status} of GET ${pathTemplate} is documented`).toBeDefined();
    if (!documented!.content) return;
    const mediaType = (response.headers()["content-type"] ?? "").split(";")[0]!.trim();
    expect(Object.keys(documented!.content), `content type of ${status} from GET ${pathTemplate}`).toContain(mediaType);
    const key = pointer("paths", pathTemplate, "get", "responses", status, "content", mediaType, "schema");
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}#/${key}` });
      this.compiled.set(key, validate);
    }
    const body = mediaType.endsWith("json") ? await response.json() : await response.text();
    const valid = validate(body);
    expect(valid ? [] : validate.errors, `${status} from ${response.url()} matches the document`).toEqual([]);
  }
}
