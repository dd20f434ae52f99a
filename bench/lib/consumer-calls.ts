// The consumer code of the type-check figure: one call per operation of a release's slice (path
// parameters, the first request-body example, the data read back), so the figure grows with the spec
// instead of staying pinned to a hand-picked list.
import { deref, type RequestBodyObject, type SliceDocument } from "@ontap-sec/slice-model";

const METHODS = ["get", "post", "patch", "delete"] as const;

export interface ConsumerCalls {
  /** Statements for the body of an async function with `c` (client) and `d` (data reader) in scope. */
  code: string;
  operations: number;
  /** Operations whose required request body has no example (typed as `never` there). */
  withoutExample: string[];
}

export function consumerCalls(slice: SliceDocument): ConsumerCalls {
  const lines: string[] = [];
  const withoutExample: string[] = [];
  let n = 0;
  for (const [p, item] of Object.entries(slice.paths).sort(([a], [b]) => a.localeCompare(b)))
    for (const m of METHODS) {
      const op = item[m];
      if (!op) continue;
      const pathParams = [...p.matchAll(/\{([^}]+)\}/g)].map((x) => x[1]!);
      // A value of the parameter's type: `{index}` of a public key and `{port}` are integers.
      const declared = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((x) => deref(slice, x));
      const sample = (name: string) => {
        const schema = declared.find((x) => x.in === "path" && x.name === name)?.schema;
        const type = schema ? deref(slice, schema).type : undefined;
        return type === "integer" || type === "number" ? "1" : '"x"';
      };
      const params = pathParams.length ? `params: { path: { ${pathParams.map((k) => `${JSON.stringify(k)}: ${sample(k)}`).join(", ")} } }` : "";
      const requestBody: RequestBodyObject | undefined = op.requestBody ? deref(slice, op.requestBody) : undefined;
      const examples = requestBody?.content["application/json"]?.examples;
      const example = examples ? deref(slice, Object.values(examples)[0]!) : undefined;
      let body = "";
      if (example && "value" in example) body = `body: ${JSON.stringify(example.value)}`;
      else if (requestBody?.required) {
        withoutExample.push(`${m.toUpperCase()} ${p}`);
        body = "body: undefined as never";
      }
      const init = [params, body].filter(Boolean).join(", ");
      lines.push(`  out.push(d(await c.${m.toUpperCase()}(${JSON.stringify(p)}${init ? `, { ${init} }` : ""})));`);
      n++;
    }
  return { code: `\n  const out: unknown[] = [];\n${lines.join("\n")}\n  return out;\n`, operations: n, withoutExample };
}
