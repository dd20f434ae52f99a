// A small hand-made slice for the engine tests, so the engine is proven before the real wave-1
// specs land: an accounts-like collection with a composite key (owner.uuid + name) and a write-only
// sensitive password, public keys keyed by owner + account + index, certificates with signing and
// signing requests (actions, one below an instance), SSH (a singleton and one record per SVM),
// login messages (GET / PATCH only), audit destinations keyed by address + port, roles with a privileges sub-collection keyed by a path with slashes, two
// singletons (one whose PATCH answers 202 with a job), two actions (one with a behaviour, one
// below an instance without), a generic collection seeded from its examples and a read-only one
// with no examples (synthesized). Shared parameters, responses and the error catalog are the real
// 9.16 slice's.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const real: any = require("@ontap-sec/client-9.16/openapi.json");

export const RELEASE = "9.16";

const s = (type: string, extra: Record<string, unknown> = {}) => ({ type, ...extra });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const filter = (name: string) => ({ name, in: "query", required: false, schema: { type: "string" } });
const pathParam = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });
const P = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const hal = (schema: unknown, examples?: Record<string, unknown>) => ({
  content: { "application/hal+json": { schema, ...(examples ? { examples: Object.fromEntries(Object.entries(examples).map(([k, v]) => [k, { value: v }])) } : {}) } },
});
const json = (schema: unknown, example?: unknown) => ({ required: true, content: { "application/json": { schema, ...(example ? { examples: { e: { value: example } } } : {}) } } });
const ok = (schema?: unknown, examples?: Record<string, unknown>) => ({ "200": { description: "OK", ...(schema ? hal(schema, examples) : {}) }, default: { $ref: "#/components/responses/error" } });
const created = (schema: unknown) => ({ "201": { description: "Created", headers: { Location: { $ref: "#/components/headers/location" } }, ...hal(schema) }, default: { $ref: "#/components/responses/error" } });
const collectionOf = (item: string) => ({ type: "object", properties: { _links: ref("collection_links"), num_records: s("integer"), records: { type: "array", items: ref(item) } } });
const links = { _links: ref("self_link") };
const owner = { type: "object", properties: { name: s("string"), uuid: s("string") } };
const errs = (...codes: string[]) => codes.map((code) => ({ code }));

const schemas: Record<string, unknown> = {
  account: {
    type: "object",
    properties: {
      ...links,
      name: s("string"),
      owner,
      role: { type: "object", properties: { name: s("string") } },
      applications: { type: "array", items: { type: "object", properties: { application: s("string", { enum: ["console", "http", "ontapi", "ssh"] }), authentication_methods: { type: "array", items: s("string") } } } },
      locked: s("boolean"),
      comment: s("string"),
      scope: s("string", { enum: ["cluster", "svm"], readOnly: true }),
      password: s("string", { writeOnly: true, "x-ontap-sensitive": true }),
    },
  },
  account_create: {
    type: "object",
    required: ["name"],
    properties: {
      name: s("string", { "x-ontap-create-only": true }),
      owner: { ...owner, "x-ontap-create-only": true },
      role: { type: "object", properties: { name: s("string") } },
      applications: { type: "array", items: { type: "object", properties: { application: s("string"), authentication_methods: { type: "array", items: s("string") } } } },
      locked: s("boolean"),
      comment: s("string"),
      password: s("string", { writeOnly: true, "x-ontap-sensitive": true, minLength: 8 }),
    },
  },
  account_modify: {
    type: "object",
    properties: { role: { type: "object", properties: { name: s("string") } }, locked: s("boolean"), comment: s("string"), password: s("string", { writeOnly: true, "x-ontap-sensitive": true }) },
  },
  account_collection: collectionOf("account"),
  account_password: { type: "object", required: ["name", "password"], properties: { name: s("string"), owner, password: s("string", { writeOnly: true, "x-ontap-sensitive": true }) } },
  privilege: { type: "object", properties: { ...links, path: s("string"), access: s("string", { enum: ["none", "readonly", "all"] }), query: s("string") } },
  privilege_create: { type: "object", required: ["path", "access"], properties: { path: s("string"), access: s("string", { enum: ["none", "readonly", "all"] }), query: s("string") } },
  privilege_modify: { type: "object", properties: { access: s("string", { enum: ["none", "readonly", "all"] }), query: s("string") } },
  privilege_collection: collectionOf("privilege"),
  role: {
    type: "object",
    properties: { ...links, name: s("string"), owner, builtin: s("boolean", { readOnly: true }), scope: s("string", { readOnly: true }), privileges: { type: "array", items: ref("privilege_create") } },
  },
  role_create: { type: "object", required: ["name"], properties: { name: s("string"), owner, privileges: { type: "array", items: ref("privilege_create") } } },
  role_modify: { type: "object", properties: { privileges: { type: "array", items: ref("privilege_create") } } },
  role_collection: collectionOf("role"),
  publickey: {
    type: "object",
    properties: {
      ...links,
      owner,
      account: { type: "object", properties: { name: s("string") } },
      index: s("integer", { minimum: 0, maximum: 99 }),
      public_key: s("string"),
      comment: s("string"),
      sha_fingerprint: s("string", { readOnly: true }),
      obfuscated_fingerprint: s("string", { readOnly: true }),
      scope: s("string", { readOnly: true }),
    },
  },
  publickey_create: {
    type: "object",
    required: ["account", "public_key"],
    properties: { owner, account: { type: "object", properties: { name: s("string") } }, index: s("integer", { minimum: 0, maximum: 99 }), public_key: s("string"), comment: s("string") },
  },
  publickey_modify: { type: "object", properties: { public_key: s("string"), comment: s("string") } },
  publickey_collection: collectionOf("publickey"),
  certificate: {
    type: "object",
    properties: {
      ...links,
      uuid: s("string", { readOnly: true }),
      name: s("string"),
      type: s("string", { enum: ["root_ca", "server_ca", "client_ca", "server", "client"] }),
      common_name: s("string"),
      svm: owner,
      scope: s("string", { readOnly: true }),
      serial_number: s("string", { readOnly: true }),
      ca: s("string", { readOnly: true }),
      public_certificate: s("string"),
      private_key: s("string", { writeOnly: true, "x-ontap-sensitive": true }),
      key_size: s("integer"),
      hash_function: s("string", { enum: ["sha256", "sha384", "sha512"] }),
    },
  },
  certificate_create: {
    type: "object",
    required: ["type"],
    properties: {
      name: s("string"),
      type: s("string", { enum: ["root_ca", "server_ca", "client_ca", "server", "client"] }),
      common_name: s("string"),
      svm: owner,
      public_certificate: s("string"),
      private_key: s("string", { writeOnly: true, "x-ontap-sensitive": true }),
      key_size: s("integer"),
      hash_function: s("string", { enum: ["sha256", "sha384", "sha512"] }),
    },
  },
  certificate_collection: collectionOf("certificate"),
  certificate_sign: { type: "object", required: ["signing_request"], properties: { signing_request: s("string"), hash_function: s("string", { enum: ["sha256", "sha384", "sha512"] }) } },
  certificate_signed: { type: "object", properties: { public_certificate: s("string") } },
  csr_request: {
    type: "object",
    properties: { subject_name: s("string"), hash_function: s("string", { enum: ["sha256", "sha384", "sha512"] }), subject_alternatives: { type: "object", properties: { dns: { type: "array", items: s("string") } } } },
  },
  csr: {
    type: "object",
    properties: { csr: s("string"), generated_private_key: s("string", { "x-ontap-sensitive": true }), subject_name: s("string"), hash_function: s("string"), subject_alternatives: { type: "object", properties: { dns: { type: "array", items: s("string") } } } },
  },
  ssh: {
    type: "object",
    properties: {
      ...links,
      ciphers: { type: "array", items: s("string", { enum: ["aes256_ctr", "aes128_ctr", "aes256_cbc"] }) },
      key_exchange_algorithms: { type: "array", items: s("string", { enum: ["diffie_hellman_group_exchange_sha256", "ecdh_sha2_nistp256"] }) },
      mac_algorithms: { type: "array", items: s("string", { enum: ["hmac_sha2_256", "hmac_sha1"] }) },
      max_authentication_retry_count: s("integer", { minimum: 2, maximum: 6 }),
    },
  },
  ssh_modify: {
    type: "object",
    properties: {
      ciphers: { type: "array", items: s("string", { enum: ["aes256_ctr", "aes128_ctr", "aes256_cbc"] }) },
      key_exchange_algorithms: { type: "array", items: s("string", { enum: ["diffie_hellman_group_exchange_sha256", "ecdh_sha2_nistp256"] }) },
      mac_algorithms: { type: "array", items: s("string", { enum: ["hmac_sha2_256", "hmac_sha1"] }) },
      max_authentication_retry_count: s("integer", { minimum: 2, maximum: 6 }),
    },
  },
  ssh_svm: { type: "object", properties: { ...links, svm: owner, ciphers: { type: "array", items: s("string", { enum: ["aes256_ctr", "aes128_ctr", "aes256_cbc"] }) } } },
  ssh_svm_modify: { type: "object", properties: { ciphers: { type: "array", items: s("string", { enum: ["aes256_ctr", "aes128_ctr", "aes256_cbc"] }) } } },
  ssh_svm_collection: collectionOf("ssh_svm"),
  login_message: { type: "object", properties: { ...links, uuid: s("string", { readOnly: true }), scope: s("string", { readOnly: true }), svm: owner, banner: s("string"), message: s("string"), show_cluster_message: s("boolean") } },
  login_message_modify: { type: "object", properties: { banner: s("string"), message: s("string"), show_cluster_message: s("boolean") } },
  login_message_collection: collectionOf("login_message"),
  destination: {
    type: "object",
    properties: { ...links, address: s("string"), port: s("integer"), protocol: s("string", { enum: ["udp_unencrypted", "tcp_unencrypted", "tcp_encrypted"] }), facility: s("string"), verify_server: s("boolean") },
  },
  destination_create: {
    type: "object",
    required: ["address"],
    properties: { address: s("string"), port: s("integer"), protocol: s("string", { enum: ["udp_unencrypted", "tcp_unencrypted", "tcp_encrypted"] }), facility: s("string"), verify_server: s("boolean") },
  },
  destination_modify: { type: "object", properties: { verify_server: s("boolean") } },
  destination_collection: collectionOf("destination"),
  audit_log: { type: "object", properties: { timestamp: s("string"), index: s("integer"), application: s("string"), user: s("string"), input: s("string"), state: s("string") } },
  audit_log_collection: collectionOf("audit_log"),
  audit: { type: "object", properties: { ...links, cli: s("boolean"), http: s("boolean"), ontapi: s("boolean") } },
  audit_modify: { type: "object", properties: { cli: s("boolean"), http: s("boolean"), ontapi: s("boolean") } },
  key_settings: { type: "object", properties: { ...links, rotation_days: s("integer", { minimum: 1, maximum: 365 }), enabled: s("boolean") } },
  key_settings_modify: { type: "object", properties: { rotation_days: s("integer", { minimum: 1, maximum: 365 }), enabled: s("boolean") } },
  widget: {
    type: "object",
    properties: { ...links, uuid: s("string", { readOnly: true }), name: s("string"), size: s("integer", { minimum: 1, maximum: 10 }), color: s("string", { enum: ["red", "blue"] }), secret: s("string", { writeOnly: true, "x-ontap-sensitive": true }) },
  },
  widget_create: { type: "object", required: ["name"], properties: { name: s("string"), size: s("integer", { minimum: 1, maximum: 10 }), color: s("string", { enum: ["red", "blue"] }), secret: s("string", { writeOnly: true, "x-ontap-sensitive": true }) } },
  widget_modify: { type: "object", properties: { size: s("integer", { minimum: 1, maximum: 10 }), color: s("string", { enum: ["red", "blue"] }) } },
  widget_collection: collectionOf("widget"),
  widget_rotation: { type: "object", properties: { rotated_at: s("string") } },
  gadget: { type: "object", properties: { index: s("integer"), node: s("string"), state: s("string", { enum: ["on", "off"] }) } },
  gadget_collection: collectionOf("gadget"),
};

const COMMON_GET = [P("fields"), P("max_records"), P("return_records_get"), P("return_timeout_get"), P("order_by")];
const BULK = [filter("continue_on_failure"), filter("serial_records"), P("return_records_get"), P("return_timeout_get")];
const accountFilters = ["name", "owner.name", "owner.uuid", "role.name", "locked", "scope", "comment"].map(filter);
const widgetFilters = ["uuid", "name", "size", "color"].map(filter);

const paths: Record<string, unknown> = {
  "/security/accounts": {
    get: { operationId: "account_collection_get", parameters: [...accountFilters, ...COMMON_GET], responses: ok(ref("account_collection")) },
    post: { operationId: "account_create", parameters: [P("return_records_post")], requestBody: json(ref("account_create"), { name: "ex_user", owner: { name: "vs1" }, role: { name: "vsadmin" }, password: "Ex-Passw0rd-1" }), responses: created(ref("account_collection")), "x-ontap-errors": errs("1", "5636129", "5636126") },
    patch: { operationId: "account_modify_collection", parameters: [...accountFilters, ...BULK], requestBody: json(ref("account_modify")), responses: ok() },
    delete: { operationId: "account_delete_collection", parameters: [...accountFilters, ...BULK], responses: ok(), "x-ontap-errors": errs("5636098") },
  },
  "/security/accounts/{owner.uuid}/{name}": {
    parameters: [pathParam("owner.uuid"), pathParam("name")],
    get: { operationId: "account_get", parameters: [P("fields")], responses: ok(ref("account")) },
    patch: { operationId: "account_modify", requestBody: json(ref("account_modify"), { comment: "updated by the example" }), responses: ok(), "x-ontap-errors": errs("5636129") },
    delete: { operationId: "account_delete", responses: ok(), "x-ontap-errors": errs("5636098") },
  },
  "/security/authentication/password": {
    post: { operationId: "account_password_create", requestBody: json(ref("account_password"), { name: "admin", password: "N3w-Passw0rd!" }), responses: { "201": { description: "Created" }, default: { $ref: "#/components/responses/error" } }, "x-ontap-errors": errs("7077918", "7077925") },
  },
  "/security/authentication/publickeys": {
    get: { operationId: "publickey_collection_get", parameters: [...["owner.uuid", "owner.name", "account.name", "index", "comment"].map(filter), ...COMMON_GET], responses: ok(ref("publickey_collection")) },
    post: {
      operationId: "publickey_create",
      parameters: [P("return_records_post")],
      requestBody: json(ref("publickey_create"), { account: { name: "key_user" }, owner: { name: "vs1" }, public_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyMaterialOnly key_user@host", comment: "laptop" }),
      responses: created(ref("publickey_collection")),
      "x-ontap-errors": errs("5832705", "5832722"),
    },
  },
  "/security/authentication/publickeys/{owner.uuid}/{account.name}/{index}": {
    parameters: [pathParam("owner.uuid"), pathParam("account.name"), pathParam("index")],
    get: { operationId: "publickey_get", parameters: [P("fields")], responses: ok(ref("publickey")) },
    patch: { operationId: "publickey_modify", requestBody: json(ref("publickey_modify"), { comment: "desktop" }), responses: ok() },
    delete: { operationId: "publickey_delete", responses: ok() },
  },
  "/security/roles": {
    get: { operationId: "role_collection_get", parameters: [...["name", "owner.uuid", "owner.name", "builtin"].map(filter), ...COMMON_GET], responses: ok(ref("role_collection")) },
    post: { operationId: "role_create", parameters: [P("return_records_post")], requestBody: json(ref("role_create"), { name: "ex_role", privileges: [{ path: "/api/storage/volumes", access: "readonly" }] }), responses: created(ref("role_collection")), "x-ontap-errors": errs("1263347") },
  },
  "/security/roles/{owner.uuid}/{name}": {
    parameters: [pathParam("owner.uuid"), pathParam("name")],
    get: { operationId: "role_get", parameters: [P("fields")], responses: ok(ref("role")) },
    patch: { operationId: "role_modify", requestBody: json(ref("role_modify"), { privileges: [{ path: "/api/cluster", access: "readonly" }] }), responses: ok(), "x-ontap-errors": errs("1263347") },
    delete: { operationId: "role_delete", responses: ok(), "x-ontap-errors": errs("1263347", "5636172") },
  },
  "/security/roles/{owner.uuid}/{name}/privileges": {
    parameters: [pathParam("owner.uuid"), pathParam("name")],
    get: { operationId: "role_privilege_collection_get", parameters: [...["path", "access"].map(filter), ...COMMON_GET], responses: ok(ref("privilege_collection")) },
    post: { operationId: "role_privilege_create", parameters: [P("return_records_post")], requestBody: json(ref("privilege_create"), { path: "/api/svm/svms", access: "all" }), responses: created(ref("privilege_collection")), "x-ontap-errors": errs("1263347") },
  },
  "/security/roles/{owner.uuid}/{name}/privileges/{path}": {
    parameters: [pathParam("owner.uuid"), pathParam("name"), pathParam("path")],
    get: { operationId: "role_privilege_get", parameters: [P("fields")], responses: ok(ref("privilege")) },
    patch: { operationId: "role_privilege_modify", requestBody: json(ref("privilege_modify"), { access: "readonly" }), responses: ok(), "x-ontap-errors": errs("1263347") },
    delete: { operationId: "role_privilege_delete", responses: ok(), "x-ontap-errors": errs("1263347") },
  },
  "/security/certificates": {
    get: { operationId: "security_certificate_collection_get", parameters: [...["uuid", "name", "type", "common_name", "svm.name", "scope"].map(filter), ...COMMON_GET], responses: ok(ref("certificate_collection")) },
    post: {
      operationId: "security_certificate_create",
      parameters: [P("return_records_post")],
      requestBody: json(ref("certificate_create"), { type: "server", common_name: "www.example.com", svm: { name: "vs0" } }),
      responses: created(ref("certificate_collection")),
      "x-ontap-errors": errs("3735618", "3735693"),
    },
  },
  "/security/certificates/{uuid}": {
    parameters: [pathParam("uuid")],
    get: { operationId: "security_certificate_get", parameters: [P("fields")], responses: ok(ref("certificate")) },
    delete: { operationId: "security_certificate_delete", responses: ok() },
  },
  "/security/certificates/{ca.uuid}/sign": {
    parameters: [pathParam("ca.uuid")],
    post: {
      operationId: "security_certificate_sign",
      requestBody: json(ref("certificate_sign"), { signing_request: "-----BEGIN CERTIFICATE REQUEST-----\nMIIBExample\n-----END CERTIFICATE REQUEST-----\n", hash_function: "sha256" }),
      responses: ok(ref("certificate_signed")),
      "x-ontap-errors": errs("3735628"),
    },
  },
  "/security/certificate-signing-request": {
    post: {
      operationId: "create_certificate_signing_request",
      requestBody: json(ref("csr_request"), { subject_name: "C=US,O=NTAP,CN=test.domain.com", hash_function: "sha256" }),
      responses: ok(ref("csr")),
      "x-ontap-errors": errs("3735715"),
    },
  },
  "/security/ssh": {
    get: { operationId: "ssh_get", parameters: [P("fields")], responses: ok(ref("ssh")) },
    patch: { operationId: "ssh_modify", requestBody: json(ref("ssh_modify"), { max_authentication_retry_count: 3 }), responses: ok(), "x-ontap-errors": errs("10682373") },
  },
  "/security/ssh/svms": {
    get: { operationId: "svm_ssh_server_collection_get", parameters: [...["svm.name", "svm.uuid", "ciphers"].map(filter), ...COMMON_GET], responses: ok(ref("ssh_svm_collection")) },
  },
  "/security/ssh/svms/{svm.uuid}": {
    parameters: [pathParam("svm.uuid")],
    get: { operationId: "svm_ssh_server_get", parameters: [P("fields")], responses: ok(ref("ssh_svm")) },
    patch: { operationId: "svm_ssh_server_modify", requestBody: json(ref("ssh_svm_modify"), { ciphers: ["aes256_ctr"] }), responses: ok(), "x-ontap-errors": errs("10682373") },
  },
  "/security/login/messages": {
    get: { operationId: "login_messages_collection_get", parameters: [...["uuid", "scope", "svm.name", "banner"].map(filter), ...COMMON_GET], responses: ok(ref("login_message_collection")) },
    patch: { operationId: "login_messages_modify_collection", parameters: [...["uuid", "scope", "svm.name", "banner"].map(filter), ...BULK], requestBody: json(ref("login_message_modify")), responses: ok() },
  },
  "/security/login/messages/{uuid}": {
    parameters: [pathParam("uuid")],
    get: { operationId: "login_messages_get", parameters: [P("fields")], responses: ok(ref("login_message")) },
    patch: { operationId: "login_messages_modify", requestBody: json(ref("login_message_modify"), { banner: "Authorized users only." }), responses: ok() },
  },
  "/security/audit/destinations": {
    get: { operationId: "security_log_forwarding_collection_get", parameters: [...["address", "port", "protocol"].map(filter), ...COMMON_GET], responses: ok(ref("destination_collection")) },
    post: {
      operationId: "security_log_forwarding_create",
      parameters: [P("return_records_post")],
      requestBody: json(ref("destination_create"), { address: "192.0.2.50", protocol: "tcp_encrypted", verify_server: true }),
      responses: created(ref("destination_collection")),
      "x-ontap-errors": errs("4522285"),
    },
  },
  "/security/audit/destinations/{address}/{port}": {
    parameters: [pathParam("address"), pathParam("port")],
    get: { operationId: "security_log_forwarding_get", parameters: [P("fields")], responses: ok(ref("destination")) },
    patch: { operationId: "security_log_forwarding_modify", requestBody: json(ref("destination_modify"), { verify_server: false }), responses: ok(), "x-ontap-errors": errs("4522285") },
    delete: { operationId: "security_log_forwarding_delete", responses: ok() },
  },
  "/security/audit/messages": {
    get: { operationId: "security_audit_log_collection_get", parameters: [...["index", "application", "user", "state"].map(filter), ...COMMON_GET], responses: ok(ref("audit_log_collection")) },
  },
  "/security/audit": {
    get: { operationId: "security_audit_get", parameters: [P("fields")], responses: ok(ref("audit")) },
    patch: { operationId: "security_audit_modify", requestBody: json(ref("audit_modify"), { http: true }), responses: ok() },
  },
  "/security/key-settings": {
    get: { operationId: "key_settings_get", parameters: [P("fields")], responses: ok(ref("key_settings"), { defaults: { rotation_days: 90, enabled: true } }) },
    patch: {
      operationId: "key_settings_modify",
      parameters: [P("return_timeout_write")],
      requestBody: json(ref("key_settings_modify"), { rotation_days: 30 }),
      responses: { "202": { description: "Accepted", ...hal(ref("job_link_response")) }, default: { $ref: "#/components/responses/error" } },
    },
  },
  "/security/widgets": {
    get: {
      operationId: "widget_collection_get",
      parameters: [...widgetFilters, ...COMMON_GET],
      responses: ok(ref("widget_collection"), {
        two: {
          num_records: 2,
          records: [
            { uuid: "11111111-0000-4000-8000-000000000001", name: "w1", size: 3, color: "red", _links: { self: { href: "/api/security/widgets/11111111-0000-4000-8000-000000000001" } } },
            { uuid: "11111111-0000-4000-8000-000000000002", name: "w2", size: 5, color: "blue" },
          ],
        },
      }),
    },
    post: { operationId: "widget_create", parameters: [P("return_records_post")], requestBody: json(ref("widget_create"), { name: "w9", size: 2, secret: "widget-s3cret-value" }), responses: created(ref("widget_collection")) },
    patch: { operationId: "widget_modify_collection", parameters: [...widgetFilters, ...BULK], requestBody: json(ref("widget_modify")), responses: ok() },
    delete: { operationId: "widget_delete_collection", parameters: [...widgetFilters, ...BULK], responses: ok() },
  },
  "/security/widgets/{uuid}": {
    parameters: [pathParam("uuid")],
    get: { operationId: "widget_get", parameters: [P("fields")], responses: ok(ref("widget")) },
    patch: { operationId: "widget_modify", requestBody: json(ref("widget_modify"), { color: "blue" }), responses: ok() },
    delete: { operationId: "widget_delete", responses: ok() },
  },
  "/security/widgets/{uuid}/rotate": {
    parameters: [pathParam("uuid")],
    post: { operationId: "widget_rotate", responses: ok(ref("widget_rotation"), { rotated: { rotated_at: "2024-05-01T00:00:00Z" } }) },
  },
  "/security/gadgets": {
    get: { operationId: "gadget_collection_get", parameters: [...["index", "node", "state"].map(filter), ...COMMON_GET], responses: ok(ref("gadget_collection")) },
  },
};

/** The synthetic slice (a fresh copy each call). */
export function syntheticSlice(): any {
  const common = ["collection_links", "error_arguments", "error_response", "href", "job_link", "job_link_response", "returned_error", "self_link"];
  return structuredClone({
    openapi: "3.1.0",
    info: { title: "synthetic", version: "1", "x-ontap-release": RELEASE },
    paths,
    components: {
      schemas: { ...Object.fromEntries(common.map((k) => [k, real.components.schemas[k]])), ...schemas },
      parameters: real.components.parameters,
      responses: real.components.responses,
      headers: real.components.headers,
    },
    "x-ontap-error-catalog": {
      ...real["x-ontap-error-catalog"],
      "5636129": { name: "ROLE_NOT_DEFINED", message: "Role with given name has not been defined.", status: 400 },
      "5636126": { name: "ACCOUNT_NAME_RESERVED", message: "Cannot create a user with the username or role as AutoSupport because it is reserved by the system.", status: 400 },
      "5636098": { name: "LAST_ADMIN", message: "Last unlocked account that has an admin role cannot be deleted.", status: 400 },
      "5636172": { name: "ROLE_IN_USE", message: "User accounts detected with this role assigned. Update or delete those accounts before deleting this role.", status: 400 },
      "1263347": { name: "PREDEFINED_ROLE", message: "Cannot modify pre-defined roles.", status: 400 },
      "5832705": { name: "PUBLICKEY_EXISTS", message: "Public key already exists for the given user and application.", status: 409 },
      "5832722": { name: "PUBLICKEY_NO_LOGIN_METHOD", message: "The public key cannot be associated with this user on the SVM because a login method using the given application and authentication method does not exist for this user.", status: 400 },
      "3735618": { name: "CA_PRIVATE_KEY", message: "Cannot accept private key for server_ca or client_ca.", status: 400 },
      "3735693": { name: "EMPTY_PRIVATE_KEY", message: "The certificate installation failed as private key was empty.", status: 400 },
      "3735628": { name: "SIGNING_CA_UNUSABLE", message: "Failed to use CA certificate for signing.", status: 400 },
      "3735715": { name: "CSR_NEEDS_SUBJECT", message: "Certificate creation requires a common name or SAN extensions.", status: 400 },
      "10682373": { name: "SSH_NO_CIPHER", message: "There must be at least one cipher associated with the SSH configuration.", status: 400 },
      "4522285": { name: "VERIFY_NEEDS_ENCRYPTION", message: "Server verification cannot be enabled because it requires a protocol with encryption. Encryption can be selected using the protocol field.", status: 400 },
      "7077918": { name: "PASSWORD_CONTAINS_USERNAME", message: "The password cannot contain the username.", status: 400 },
      "7077925": { name: "PASSWORD_SAME_AS_OLD", message: "The new password must be different to the old password.", status: 400 },
    },
  });
}
