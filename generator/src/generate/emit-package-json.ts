// package.json and tsconfig.build.json of a release package. The version is the only input that
// does not come from the spec: it belongs to changesets and is carried over from the file on disk.
import type { ReleaseModel } from "./model.js";
import { packageName } from "./naming.js";
import { formatJson } from "./format.js";
import type { Render } from "./templates.js";

export const INITIAL_VERSION = "0.1.0";

export function emitPackageJson(render: Render, model: ReleaseModel, header: string, version: string): string {
  const text = render("package.json", {
    header,
    release: model.release,
    packageName: packageName(model.release),
    version,
    description: `Typed client for the NetApp ONTAP ${model.release} REST security endpoints (IPsec, policies, security associations): types, guards and error codes, generated from the ontap-sec curated spec.`,
    keywords: ["netapp", "ontap", `ontap-${model.release}`, "rest", "openapi", "security", "ipsec", "client"],
    operations: model.operations,
    catalog: model.catalog,
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new Error(`templates/package.json.hbs does not render valid JSON: ${(e as Error).message}`, { cause: e });
  }
  return formatJson(parsed);
}

export const emitTsconfigBuild = (render: Render, header: string) => render("tsconfig.build.json", { header });

/** The version committed for a package (its package.json), or the initial one. */
export function versionFromPackageJson(text: string | undefined): string {
  if (text === undefined) return INITIAL_VERSION;
  try {
    const v = JSON.parse(text)?.version;
    return typeof v === "string" && v ? v : INITIAL_VERSION;
  } catch {
    return INITIAL_VERSION;
  }
}
