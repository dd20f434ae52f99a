// Everything the mock holds, rebuilt from the seed by reset().
import { ALL_BEHAVIOURS } from "../behaviours/index.js";
import { activeBehaviours } from "../engine/behaviour.js";
import { EngineModel } from "../engine/model.js";
import { EngineState } from "../engine/state.js";
import { JobStore, type JobOptions } from "../jobs.js";
import type { Schema, SpecModel } from "../spec-model.js";
import { Inventory, type InventorySeed } from "./inventory.js";
import { Policies } from "./policies.js";
import { mulberry32 } from "./rng.js";
import { SecurityAssociations } from "./security-associations.js";

export interface SeedOptions extends InventorySeed {
  /** PRNG seed for every generated value (default 1). */
  seed?: number;
  /** Number of seeded security associations (default 4); generated lazily, 100 000 is fine. */
  securityAssociations?: number;
  /** Policies created at start, as POST bodies (validated like a POST). */
  policies?: Array<Record<string, unknown>>;
  /** CA certificate UUIDs added to IPsec at start (releases with CA certificates). */
  caCertificates?: string[];
  /** Initial /security and /security/ipsec values (merged over the defaults). */
  security?: Record<string, unknown>;
  ipsec?: Record<string, unknown>;
  /** Conditions that make writes fail with their ONTAP codes. */
  conditions?: {
    /** PATCH /security fips.enabled=true → 52559974. */
    nonFipsCertificateInUse?: boolean;
    /** PATCH /security software_data_encryption.conversion_enabled=true → 196608081. */
    dataVolumesPresent?: boolean;
  };
}

export class MockState {
  inventory!: Inventory;
  policies!: Policies;
  securityAssociations!: SecurityAssociations;
  jobs!: JobStore;
  /** The generic collections, singletons and actions of the slice (every path no hand-written handler serves). */
  engine!: EngineState;
  readonly engineModel: EngineModel;
  readonly seed: number;

  constructor(
    private readonly spec: SpecModel,
    readonly seedOptions: SeedOptions,
    readonly jobOptions: JobOptions,
    private readonly schemas: { policyCreate?: Schema; securityAssociation?: Schema },
    private readonly users: Readonly<Record<string, string>> = {},
    private readonly handWritten: ReadonlySet<string> = new Set(),
  ) {
    this.seed = seedOptions.seed ?? 1;
    this.engineModel = new EngineModel(spec);
    this.build();
  }

  build(): void {
    const s = this.seedOptions;
    this.inventory = new Inventory(this.seed, s);
    this.policies = new Policies({ spec: this.spec, inventory: this.inventory, rand: mulberry32(this.seed ^ 0x9e3779b9), createSchema: this.schemas.policyCreate });
    this.securityAssociations = new SecurityAssociations(s.securityAssociations ?? 4, this.seed, this.spec, this.schemas.securityAssociation, this.inventory, () => this.engine?.singleton("/security/ipsec")?.offload_enabled === true);
    this.jobs = new JobStore(this.seed, this.jobOptions);
    this.engine = new EngineState(this.spec, this.engineModel, activeBehaviours(this.spec, ALL_BEHAVIOURS), this.inventory, this.seed, { ...s }, this.users, this.handWritten);
  }
}
