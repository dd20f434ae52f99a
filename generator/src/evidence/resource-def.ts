// The shape of one resource the evidence covers, as NetApp's artifacts name it: the swagger model of
// the record, the operations (and the spec operation whose body gives each side of a field).

export interface ResourceOperation {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  /** go-swagger operation id (Trident client file `<id>_parameters.go`). */
  id: string;
}

export interface ResourceDef {
  /** File name of the evidence, e.g. `ipsec-policies`. */
  id: string;
  /** swagger definition of the record (Trident `models/<model>.go`). */
  model: string;
  /** netapp_ontap resource module (`resources/<module>.py`). */
  pythonModule: string;
  operations: ResourceOperation[];
  /** Spec operations whose schema gives the GET / POST / PATCH side of the record's fields. */
  sides: { get: ResourceOperation; post?: ResourceOperation; patch?: ResourceOperation };
}

export const op = (method: ResourceOperation["method"], path: string, id: string): ResourceOperation => ({ method, path, id });

export const operationSubject = (method: string, path: string) => `operation:${method.toUpperCase()} ${path}`;
export const parameterSubject = (method: string, path: string, name: string) => `parameter:${method.toUpperCase()} ${path}?${name}`;
export const fieldSubject = (dotted: string) => `field:${dotted}`;
export const errorSubject = (method: string, path: string, code: string) => `error:${method.toUpperCase()} ${path}#${code}`;
