// Every resource the evidence covers, one module per endpoint group (resources/), so that a group is
// added by adding its file here and nothing else.
import { IPSEC_RESOURCES } from "./resources/ipsec.js";
import { ACCOUNTS_RESOURCES } from "./resources/accounts.js";
import { ROLES_RESOURCES } from "./resources/roles.js";
import { CERTIFICATES_RESOURCES } from "./resources/certificates.js";
import { LOGIN_SSH_RESOURCES } from "./resources/login-ssh.js";
import { AUDIT_RESOURCES } from "./resources/audit.js";
import type { ResourceDef } from "./resource-def.js";

export { fieldSubject, operationSubject, parameterSubject, type ResourceDef } from "./resource-def.js";

export const RESOURCES: ResourceDef[] = [
  ...IPSEC_RESOURCES,
  ...ACCOUNTS_RESOURCES,
  ...ROLES_RESOURCES,
  ...CERTIFICATES_RESOURCES,
  ...LOGIN_SSH_RESOURCES,
  ...AUDIT_RESOURCES,
];

/** Paths the spec covers: an operation the artifacts show on one of them is a fact about the spec. */
export const COVERED_PATHS = [...new Set(RESOURCES.flatMap((r) => r.operations.map((o) => o.path)))];
