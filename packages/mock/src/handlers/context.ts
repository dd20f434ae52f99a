// What every handler is given: the request as parsed by the server (Ctx), the mock's spec, state,
// faults and settings (Env); and what it answers (Reply: a body, or a stream for large collections).
import type { Errors } from "../errors.js";
import type { Faults } from "../faults.js";
import type { RouteMatch } from "../router.js";
import type { SliceOperation, SpecModel } from "../spec-model.js";
import type { MockState } from "../state/index.js";

export interface Settings {
  /** GET /api/cluster answers 403 (code 6), as for restricted roles. */
  clusterForbidden: boolean;
  /** Added to every answer. */
  latencyMs: number;
  users: Record<string, string>;
  /** Patch level in the version string (default 0 for 9.8, else 1). */
  patch?: number;
}

export interface Env {
  spec: SpecModel;
  state: MockState;
  faults: Faults;
  settings: Settings;
}

export interface Ctx {
  method: string;
  /** Path below /api, e.g. /security/ipsec/policies. */
  path: string;
  url: URL;
  query: URLSearchParams;
  hal: boolean;
  body: string;
  route: RouteMatch;
  op?: SliceOperation;
  errors: Errors;
}

interface Sink {
  write(chunk: string): Promise<void> | void;
}

export type Reply =
  | { status: number; headers?: Record<string, string>; body: unknown }
  | { status: number; headers?: Record<string, string>; stream: (sink: Sink) => Promise<void> };
