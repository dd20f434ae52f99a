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
expectTypeOf<"66257304">().not.toExtend<PolicyCreate>(); // CA_CERTIFICATE_NOT_INSTALLED
expectTypeOf<"66257304">().toExtend<IpsecCaCertificateCreateErrorCode>();
expectTypeOf<"4">().toExtend<PolicyCreate>(); // common
expectTypeOf<typeof ErrorCodes.IPSEC_POLICY_NAME_EXISTS>().toEqualTypeOf<"66257104">();
expectTypeOf<PolicyCreate>().toExtend<ErrorCode>();

export const nameExists: PolicyCreate = "66257104";
// @ts-expect-error a ca-certificate code is not a policy-create code
export const caCode: PolicyCreate = "66257304";
export const caCodeOk: IpsecCaCertificateCreateErrorCode = "66257304";
// @ts-expect-error 9.8 has no CA certificates, hence no such code
export const caCode98: ErrorCode98 = "66257304";
export const policyCode98: ErrorCode98 = "66257104";

// describeError: total on ErrorCode, partial on any string.
expectTypeOf(describeError("66257104").status).toEqualTypeOf<number>();
expectTypeOf(describeError("nope")).toEqualTypeOf<ReturnType<typeof describeError> | undefined>();
