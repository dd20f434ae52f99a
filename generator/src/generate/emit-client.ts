// src/client.ts: createClient for the release, on the runtime's createOntapClient.
import type { ReleaseModel } from "./model.js";
import type { Render } from "./templates.js";

export const emitClient = (render: Render, model: ReleaseModel, header: string) =>
  render("client.ts", { header, release: model.release });
