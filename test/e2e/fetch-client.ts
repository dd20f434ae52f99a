// A stand-in for a generated client where none exists (a synthetic slice): what the walk calls on
// a client (METHOD(template, {params, body}) → {data, response}, isError, close), over fetch, each
// answer validated against the slice with ajv and a 202's job polled when asked.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { MockOntap } from "@ontap-sec/mock";

const addFormats = (addFormatsModule as any).default ?? addFormatsModule;
const AUTH = "Basic " + Buffer.from("admin:netapp1!").toString("base64");

class AnswerError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(`${status} ${code ?? ""} ${message}`);
  }
}

export function fetchClient(mock: MockOntap, doc: any) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: "slice" });
  const ptr = (...segs: string[]) => segs.map((x) => encodeURIComponent(x.replace(/~/g, "~0").replace(/\//g, "~1"))).join("/");
  const call = (method: string) => async (template: string, init: any = {}) => {
    const path = template.replace(/\{([^}]+)\}/g, (_, n: string) => encodeURIComponent(String(init.params?.path?.[n])));
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(init.params?.query ?? {})) q.append(k, Array.isArray(v) ? v.join(",") : String(v));
    const url = `${mock.url}/api${path}${[...q].length ? `?${q.toString().replace(/\+/g, "%20")}` : ""}`;
    const headers: Record<string, string> = { authorization: AUTH, ...(init.body !== undefined ? { "content-type": "application/json" } : {}) };
    const response = await fetch(url, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    const text = await response.text();
    const data = text ? JSON.parse(text) : undefined;
    if (!response.ok) throw new AnswerError(response.status, data?.error?.code, data?.error?.message ?? text);
    const media = doc.paths[template]?.[method.toLowerCase()]?.responses?.[String(response.status)]?.content?.["application/hal+json"];
    if (media?.schema) {
      const validate = ajv.getSchema(`slice#/${ptr("paths", template, method.toLowerCase(), "responses", String(response.status), "content", "application/hal+json", "schema")}`) ?? ajv.compile({ $ref: `slice#/${ptr("paths", template, method.toLowerCase(), "responses", String(response.status), "content", "application/hal+json", "schema")}` });
      if (!validate(data)) throw new Error(`${method} ${template}: answer does not match the slice: ${ajv.errorsText(validate.errors)}`);
    }
    if (response.status === 202 && init.waitForJob) {
      for (let i = 0; i < 10; i++) {
        const job: any = await (await fetch(`${mock.url}/api/cluster/jobs/${data.job.uuid}`, { headers: { authorization: AUTH } })).json();
        if (job.state === "success") break;
        if (job.state === "failure") throw new AnswerError(400, String(job.code), job.message);
      }
    }
    return { data, response };
  };
  return {
    GET: call("GET"),
    POST: call("POST"),
    PATCH: call("PATCH"),
    DELETE: call("DELETE"),
    isError: (e: unknown) => e instanceof AnswerError,
    close: async () => {},
  };
}
