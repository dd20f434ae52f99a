// Wave 1 of the /security surface: the login-ssh group(s). Filled by the curation of that group.
import type { ResourceDef } from "../resource-def.js";

export const LOGIN_SSH_RESOURCES: ResourceDef[] = [];
