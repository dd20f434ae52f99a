// Every behaviour module; each is active only when the release's slice has its path.
import type { Behaviour } from "../engine/behaviour.js";
import { accounts, passwordChange } from "./accounts.js";
import { audit, auditDestinations, auditMessages } from "./audit.js";
import { certificates, certificateSign, signingRequest } from "./certificates.js";
import { loginMessages, ssh, sshSvms } from "./login-ssh.js";
import { ipsec, ipsecCaCertificates } from "./ipsec.js";
import { publickeys } from "./publickeys.js";
import { security } from "./security.js";
import { privileges, roles } from "./roles.js";

export const ALL_BEHAVIOURS: readonly Behaviour[] = [
  security,
  ipsec,
  ipsecCaCertificates,
  accounts,
  passwordChange,
  publickeys,
  roles,
  privileges,
  certificates,
  certificateSign,
  signingRequest,
  loginMessages,
  ssh,
  sshSvms,
  audit,
  auditDestinations,
  auditMessages,
];
