// Clients of a few releases, declared (never constructed): these files are only type-checked.
import type { Client as Client98 } from "../../packages/client-9.8/src/index.js";
import type { Client as Client99 } from "../../packages/client-9.9/src/index.js";
import type { Client as Client910 } from "../../packages/client-9.10/src/index.js";
import type { Client as Client911 } from "../../packages/client-9.11/src/index.js";
import type { Client as Client912 } from "../../packages/client-9.12/src/index.js";
import type { Client as Client915 } from "../../packages/client-9.15/src/index.js";

export declare const c98: Client98;
export declare const c99: Client99;
export declare const c910: Client910;
export declare const c911: Client911;
export declare const c912: Client912;
export declare const c915: Client915;

export const endpoints = {
  local_endpoint: { address: "10.10.10.7", netmask: "24" },
  remote_endpoint: { address: "10.10.10.8", netmask: "24" },
} as const;
