// Wave 1 of the /security surface: the audit group(s). Filled by the curation of that group.
import type { ResourceDef } from "../resource-def.js";

export const AUDIT_RESOURCES: ResourceDef[] = [];
