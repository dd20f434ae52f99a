// Names shared by every emitter: package names and folders, TypeScript identifiers.

/** PascalCase of a spec name split on `_`, `-` and `.`: `ipsec_policy_create` → `IpsecPolicyCreate`. */
export function pascalCase(name: string): string {
  return name
    .split(/[_\-.]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

/** The npm name of a release package: `@ontap-sec/client-9.10`. */
export const packageName = (release: string) => `@ontap-sec/client-${release}`;

/** The folder of a release package under packages/: `client-9.10`. */
export const packageDirName = (release: string) => `client-${release}`;

/** Folders under packages/ that hold a generated release package. */
export const PACKAGE_DIR_RE = /^client-(\d+\.\d+)$/;

/** `POST /security/ipsec/policies`: how the runtime contract keys an operation. */
export const operationKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

/** A JS string literal usable as TS source. */
export const lit = (s: string) => JSON.stringify(s);

