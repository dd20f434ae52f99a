// Wave 1 of the /security surface: REST roles and their privilege tuples.
import { op, type ResourceDef } from "../resource-def.js";

const roles = "/security/roles";
const role = `${roles}/{owner.uuid}/{name}`;
const privileges = `${role}/privileges`;
const privilege = `${privileges}/{path}`;

export const ROLES_RESOURCES: ResourceDef[] = [
  {
    id: "roles",
    model: "role",
    pythonModule: "role",
    operations: [
      op("get", roles, "role_collection_get"),
      op("post", roles, "role_create"),
      op("get", role, "role_get"),
      op("delete", role, "role_delete"),
      // Query-based DELETE on the collection, declared from 9.16. No release's swagger has a PATCH
      // on a role (the Python client's `patchable_fields` lists `privileges`, but without an
      // operation to send it through): privileges change through the sub-collection below.
      op("delete", roles, "role_delete_collection"),
    ],
    sides: {
      get: op("get", role, "role_get"),
      post: op("post", roles, "role_create"),
    },
  },
  {
    id: "role-privileges",
    model: "role_privilege",
    pythonModule: "role_privilege",
    operations: [
      op("get", privileges, "role_privilege_collection_get"),
      op("post", privileges, "role_privilege_create"),
      op("get", privilege, "role_privilege_get"),
      op("patch", privilege, "role_privilege_modify"),
      op("delete", privilege, "role_privilege_delete"),
      op("patch", privileges, "role_privilege_modify_collection"),
      op("delete", privileges, "role_privilege_delete_collection"),
    ],
    sides: {
      get: op("get", privilege, "role_privilege_get"),
      post: op("post", privileges, "role_privilege_create"),
      patch: op("patch", privilege, "role_privilege_modify"),
    },
  },
];
