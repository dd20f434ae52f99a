// Wave 1 of the /security surface: login banners / messages of the day, and the SSH server settings
// of the cluster and of each SVM.
import { op, type ResourceDef } from "../resource-def.js";

const messages = "/security/login/messages";
const svms = "/security/ssh/svms";

export const LOGIN_SSH_RESOURCES: ResourceDef[] = [
  {
    id: "login-messages",
    model: "login_messages",
    pythonModule: "login_messages",
    operations: [
      op("get", messages, "login_messages_collection_get"),
      op("get", `${messages}/{uuid}`, "login_messages_get"),
      op("patch", `${messages}/{uuid}`, "login_messages_modify"),
      // Query-based PATCH on the collection, declared from 9.16.
      op("patch", messages, "login_messages_modify_collection"),
    ],
    sides: {
      get: op("get", `${messages}/{uuid}`, "login_messages_get"),
      patch: op("patch", `${messages}/{uuid}`, "login_messages_modify"),
    },
  },
  {
    id: "ssh",
    model: "cluster_ssh_server",
    pythonModule: "cluster_ssh_server",
    operations: [op("get", "/security/ssh", "ssh_get"), op("patch", "/security/ssh", "ssh_modify")],
    sides: { get: op("get", "/security/ssh", "ssh_get"), patch: op("patch", "/security/ssh", "ssh_modify") },
  },
  {
    id: "ssh-svms",
    model: "svm_ssh_server",
    pythonModule: "svm_ssh_server",
    operations: [
      op("get", svms, "svm_ssh_server_collection_get"),
      op("get", `${svms}/{svm.uuid}`, "svm_ssh_server_get"),
      op("patch", `${svms}/{svm.uuid}`, "svm_ssh_server_modify"),
      op("patch", svms, "svm_ssh_server_modify_collection"),
    ],
    sides: {
      get: op("get", `${svms}/{svm.uuid}`, "svm_ssh_server_get"),
      patch: op("patch", `${svms}/{svm.uuid}`, "svm_ssh_server_modify"),
    },
  },
];
