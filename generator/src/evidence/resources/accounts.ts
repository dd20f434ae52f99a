// Wave 1 of the /security surface: the accounts group(s). Filled by the curation of that group.
import type { ResourceDef } from "../resource-def.js";

export const ACCOUNTS_RESOURCES: ResourceDef[] = [];
