// Guards vs ajv on every component of every release, shard 2 of 2 (see helpers/agreement.ts).
import { defineAgreementTests } from "./helpers/agreement.js";

await defineAgreementTests(1, 2);
