// Per-operation error unions.
import { expectTypeOf } from "vitest";
import type {
  ErrorCode,
  IpsecCaCertificateCreateErrorCode,
  IpsecPolicyCreateErrorCode,
  OperationErrorCodes,
} from "../../packages/client-9.10/src/index.js";
import { ErrorCodes, describeError } from "../../packages/client-9.10/src/index.js";
import type { ErrorCode as ErrorCode98 } from "../../packages/client-9.8/src/index.js";

type PolicyCreate = OperationErrorCodes["POST /security/ipsec/policies"];

expectTypeOf<PolicyCreate>().toEqualTypeOf<IpsecPolicyCreateErrorCode>();
expectTypeOf<"66257104">().toExtend<PolicyCreate>(); // IPSEC_POLICY_NAME_EXISTS
// The CA add's "not installed" is 66257296 until 9.15 and 66257304 from 9.16 (NetApp's tables).
expectTypeOf<"66257296">().not.toExtend<PolicyCreate>(); // IPSEC_CA_CERTIFICATE_ADD_NOT_INSTALLED
expectTypeOf<"66257296">().toExtend<IpsecCaCertificateCreateErrorCode>();
expectTypeOf<"66257304">().not.toExtend<IpsecCaCertificateCreateErrorCode>();
expectTypeOf<"4">().toExtend<PolicyCreate>(); // common
expectTypeOf<typeof ErrorCodes.IPSEC_POLICY_NAME_EXISTS>().toEqualTypeOf<"66257104">();
expectTypeOf<PolicyCreate>().toExtend<ErrorCode>();

export const nameExists: PolicyCreate = "66257104";
// @ts-expect-error a ca-certificate code is not a policy-create code
export const caCode: PolicyCreate = "66257296";
export const caCodeOk: IpsecCaCertificateCreateErrorCode = "66257296";
// @ts-expect-error 9.8 has no CA certificates, hence no such code
export const caCode98: ErrorCode98 = "66257296";
export const policyCode98: ErrorCode98 = "66257104";

// describeError: total on ErrorCode, partial on any string.
expectTypeOf(describeError("66257104").status).toEqualTypeOf<number>();
expectTypeOf(describeError("nope")).toEqualTypeOf<ReturnType<typeof describeError> | undefined>();
