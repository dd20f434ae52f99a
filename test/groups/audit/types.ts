// The audit group at the type level (checked by `pnpm typecheck`, never run): each field is
// accepted from the release the evidence gives it and is a type error before; create-only fields
// are type errors in PATCH bodies. Every @ts-expect-error is load-bearing and starts with the
// field it is about; types.test.ts checks that the compiler's error names that field.
import type { Client as Client98 } from "../../../packages/client-9.8/src/index.js";
import type { Client as Client911 } from "../../../packages/client-9.11/src/index.js";
import type { Client as Client912 } from "../../../packages/client-9.12/src/index.js";
import type { Client as Client913 } from "../../../packages/client-9.13/src/index.js";
import type { Client as Client915 } from "../../../packages/client-9.15/src/index.js";
import type { Client as Client916 } from "../../../packages/client-9.16/src/index.js";
import type { SecurityAuditLog as Log916 } from "../../../packages/client-9.16/src/index.js";
import type { SecurityAuditLog as Log917 } from "../../../packages/client-9.17/src/index.js";
import type { SecurityAuditLogForwardModify as Modify913 } from "../../../packages/client-9.13/src/index.js";

declare const c98: Client98;
declare const c911: Client911;
declare const c912: Client912;
declare const c913: Client913;
declare const c915: Client915;
declare const c916: Client916;

const key = { params: { path: { address: "1.1.1.1", port: 514 } } } as const;

export async function auditSettings() {
  await c98.PATCH("/security/audit", { body: { cli: true, http: false, ontapi: true } });
  const cli: boolean | undefined = (await c98.GET("/security/audit")).data?.cli;
  void cli;
  await c98.PATCH("/security/audit", {
    body: {
      // @ts-expect-error snapshots: not a field of the audit settings in any release
      snapshots: true,
    },
  });
}

export async function destinationFormats() {
  // message_format and the two overrides: 9.13 on (netapp_ontap 9.13.1.0; Trident 9.12.1 lacks them).
  await c913.POST("/security/audit/destinations", { body: { address: "1.1.1.1", message_format: "rfc_5424", timestamp_format_override: "iso_8601_utc" } });
  await c912.POST("/security/audit/destinations", {
    body: {
      address: "1.1.1.1",
      // @ts-expect-error message_format: 9.13+
      message_format: "rfc_5424",
    },
  });
  // The filters follow the fields (decision audit-filters-follow-fields).
  await c913.GET("/security/audit/destinations", { params: { query: { message_format: "rfc_5424" } } });
  await c912.GET("/security/audit/destinations", {
    params: {
      query: {
        // @ts-expect-error message_format: no such filter before 9.13
        message_format: "rfc_5424",
      },
    },
  });
}

export async function destinationIpspace() {
  await c912.POST("/security/audit/destinations", { body: { address: "1.1.1.1", ipspace: { name: "Default" } } });
  await c911.POST("/security/audit/destinations", {
    body: {
      address: "1.1.1.1",
      // @ts-expect-error ipspace: 9.12+
      ipspace: { name: "Default" },
    },
  });
}

export async function destinationCreateOnly() {
  await c98.PATCH("/security/audit/destinations/{address}/{port}", { ...key, body: { facility: "user", verify_server: false } });
  await c98.PATCH("/security/audit/destinations/{address}/{port}", {
    ...key,
    body: {
      // @ts-expect-error protocol: fixed at creation (netapp_ontap: postable, not patchable)
      protocol: "tcp_encrypted",
    },
  });
  const ok: Modify913 = { message_format: "legacy_netapp", hostname_format_override: "fqdn" };
  // @ts-expect-error ipspace: fixed at creation
  const bad: Modify913 = { ipspace: { name: "Default" } };
  void ok;
  void bad;
  // address is required when creating.
  // @ts-expect-error address: required when creating
  await c98.POST("/security/audit/destinations", { body: { port: 514 } });
  await c98.POST("/security/audit/destinations", { body: { address: "1.1.1.1" }, params: { query: { force: true } } });
}

export function messageRole(l917: Log917, l916: Log916) {
  const role: string | undefined = l917.role;
  void role;
  // @ts-expect-error role: 9.17+
  void l916.role;
  const state: "pending" | "success" | "error" | undefined = l916.state;
  void state;
}

export async function queryOperations() {
  // Query-based PATCH/DELETE on the collection: 9.16 on (Trident 9.16.1; absent from 9.12.1).
  await c916.PATCH("/security/audit/destinations", { params: { query: { protocol: "udp_unencrypted", continue_on_failure: true } }, body: { facility: "user" } });
  await c916.DELETE("/security/audit/destinations", { params: { query: { address: "1.1.1.*" } } });
  // @ts-expect-error "ONTAP 9.15 has /security/audit/destinations but no PATCH on it"
  await c915.PATCH("/security/audit/destinations", { params: { query: { protocol: "udp_unencrypted" } }, body: { facility: "user" } });
  await c916.PATCH("/security/audit/destinations", {
    params: { query: { address: "1.1.1.1" } },
    body: {
      // @ts-expect-error protocol: the query PATCH takes the instance PATCH body, where protocol is create-only
      protocol: "tcp_encrypted",
    },
  });
}
