// Guards vs ajv on every component of every release, shard 1 of 2 (see helpers/agreement.ts).
import { defineAgreementTests } from "./helpers/agreement.js";

await defineAgreementTests(0, 2);
