// Shared helpers of the mock tests: slices of the current spec, a started mock, a tiny fetch
// client, response validation (ajv against the slice, plus the generated guards), and the error
// the release's slice documents for a condition.
import { afterAll, beforeAll, expect } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { ValidateFunction } from "ajv";
import { startMockOntap, type MockOntap, type MockOntapOptions } from "@ontap-sec/mock";
import { SPEC_ROOT } from "../../generator/src/paths.js";
import { loadCheckedSpec } from "../../generator/src/curated-spec/check-spec.js";
import { sliceSpec } from "../../generator/src/slice/slice-spec.js";
import { documentedError, type ExpectedError } from "../documented-errors.js";

const addFormats = (addFormatsModule as any).default ?? addFormatsModule;

const AUTH = "Basic " + Buffer.from("admin:netapp1!").toString("base64");

let specPromise: Promise<any> | undefined;
const slices = new Map<string, any>();

export async function slice(release: string): Promise<any> {
  specPromise ??= loadCheckedSpec(SPEC_ROOT).then((s) => s.spec.root);
  const root = await specPromise;
  if (!slices.has(release)) slices.set(release, sliceSpec(root, release));
  return structuredClone(slices.get(release));
}

/** What `METHOD template` of the release's slice answers for a condition (see documentedError). */
export async function expectedError(release: string, method: string, template: string, codes: string | readonly string[], fallback: string): Promise<ExpectedError> {
  return documentedError(await slice(release), method, template, codes, fallback);
}

/** An error answer as expected: status and code, the documented wording, and the target if given. */
export function expectOntapError(res: { status: number; body: any }, e: ExpectedError, target?: string): void {
  expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status: e.status, code: e.code });
  if (e.message !== undefined) expect(res.body.error.message).toBe(e.message);
  if (target !== undefined) expect(res.body.error.target).toBe(target);
}

export async function start(release: string, opts: Partial<MockOntapOptions> = {}): Promise<MockOntap> {
  return startMockOntap({ release, spec: await slice(release), ...opts });
}

export interface Res {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

export interface Api {
  req(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Res>;
  get(path: string): Promise<Res>;
  post(path: string, body: unknown): Promise<Res>;
  patch(path: string, body: unknown): Promise<Res>;
  del(path: string): Promise<Res>;
}

export function api(mock: MockOntap, init: { auth?: string | null; dispatcher?: unknown } = {}): Api {
  const auth = init.auth === undefined ? AUTH : init.auth;
  const req = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res> => {
    const r = await fetch(mock.url + path, {
      method,
      headers: { ...(auth ? { authorization: auth } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      ...(init.dispatcher ? ({ dispatcher: init.dispatcher } as any) : {}),
    });
    const text = await r.text();
    let parsed: any;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: r.status, headers: r.headers, text, body: parsed };
  };
  return {
    req,
    get: (p) => req("GET", p),
    post: (p, b) => req("POST", p, b),
    patch: (p, b) => req("PATCH", p, b),
    del: (p) => req("DELETE", p),
  };
}

// ---------------------------------------------------------------- validation

const ajvs = new Map<string, { ajv: any; doc: any }>();

async function ajvFor(release: string) {
  let a = ajvs.get(release);
  if (!a) {
    const doc = await slice(release);
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(ajv);
    ajv.addSchema({ ...doc, $id: "slice" });
    a = { ajv, doc };
    ajvs.set(release, a);
  }
  return a;
}

const pointer = (...segs: string[]) => segs.map((s) => encodeURIComponent(s.replace(/~/g, "~0").replace(/\//g, "~1"))).join("/");

/** Problems of a response body against the release's schema (ajv) and the generated guard. */
export async function problems(release: string, method: string, template: string, status: number, body: unknown): Promise<string[]> {
  const { ajv, doc } = await ajvFor(release);
  const op = doc.paths[template]?.[method.toLowerCase()];
  if (!op) return [`no operation ${method} ${template} in ${release}`];
  const resp = op.responses[String(status)];
  if (!resp) return [`no response ${status} for ${method} ${template}`];
  const out: string[] = [];
  const media = resp.content?.["application/hal+json"];
  if (media?.schema) {
    const ref = `slice#/${pointer("paths", template, method.toLowerCase(), "responses", String(status), "content", "application/hal+json", "schema")}`;
    let v: ValidateFunction | undefined = ajv.getSchema(ref);
    if (!v) v = ajv.compile({ $ref: ref });
    if (!v!(body)) out.push(...(v!.errors ?? []).map((e: any) => `ajv ${e.instancePath} ${e.message}`));
  }
  // The generated guards, when the client package is there.
  try {
    const mod: any = await import(`@ontap-sec/client-${release}`);
    const guard = mod.contract?.operations?.[`${method} ${template}`]?.validateResponseBody?.[String(status)];
    if (guard) out.push(...guard(body).map((p: any) => `guard ${p.path} ${p.message}`));
  } catch (e) {
    if (!/Cannot find|ERR_MODULE_NOT_FOUND|Failed to load/.test(String(e))) throw e;
  }
  return out;
}

/** A valid policy body for any release (bypass needs no key or certificate). */
export function policyBody(name: string, extra: Record<string, unknown> = {}) {
  return {
    name,
    svm: { name: "vs0" },
    local_endpoint: { address: "10.1.1.1", netmask: "24" },
    remote_endpoint: { address: "10.1.2.1", netmask: "24" },
    action: "bypass",
    ...extra,
  };
}

export const SECRET = "s3cret-psk-0123456789abcdef";

/**
 * A mock of `release` seeded alike for every test file of the enclosing describe block (seed 7, six
 * security associations): started before its tests, closed after. Read `mock` and `c` in tests only.
 */
export function seededMock(release: string): { mock: MockOntap; c: Api } {
  const env = {} as { mock: MockOntap; c: Api };
  beforeAll(async () => {
    env.mock = await start(release, { seed: { seed: 7, securityAssociations: 6 } });
    env.c = api(env.mock);
  });
  afterAll(() => env.mock.close());
  return env;
}
