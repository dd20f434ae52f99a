// Initial values of the cluster-wide singletons /security and /security/ipsec (their behaviours:
// behaviours/security.ts, behaviours/ipsec.ts). They cover every release; rendering through the
// release's read shape drops what a release does not have.
import { isObj } from "../json.js";

export function initialSecurity(): Record<string, unknown> {
  return {
    fips: { enabled: false },
    onboard_key_manager_configurable_status: { supported: true, code: 0, message: "" },
    software_data_encryption: { conversion_enabled: false, disabled_by_default: false, encryption_state: "unencrypted", rekey: false },
    tls: {
      offload_enabled: false,
      protocol_versions: ["TLSv1.3", "TLSv1.2"],
      cipher_suites: ["TLS_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"],
    },
    management_protocols: { rsh_enabled: false, telnet_enabled: false },
  };
}

export function initialIpsec(): Record<string, unknown> {
  return { enabled: true, replay_window: 0, offload_enabled: false };
}

/** Merges a PATCH body into a value: objects merge, everything else (arrays too) replaces. */
export function deepMerge(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(patch)) {
    if (isObj(v) && isObj(target[k])) deepMerge(target[k], v);
    else target[k] = structuredClone(v);
  }
  return target;
}
