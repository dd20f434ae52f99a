import { type Answer, type Outgoing, plainHeaders } from "./fetcher.js";
import { collectSecrets, type Redactor } from "./redact.js";

/**
 * The fetch behind a client's `raw` openapi-fetch client: openapi-fetch's Request unpacked for the
 * client's sender (same transport, auth, retries and redacted logging), its answer re-wrapped in a
 * fresh Response, since the sender has already read the body.
 */
export function createRawFetch(send: (req: Outgoing) => Promise<Answer>, redactor: Redactor): (request: Request) => Promise<Response> {
  return async (request) => {
    const body = request.body ? await request.text() : undefined;
    let data: unknown = body;
    try {
      data = body ? JSON.parse(body) : undefined;
    } catch {
      // not JSON: logged as text, redacted literally
    }
    const { response, text } = await send({
      method: request.method,
      url: request.url,
      headers: plainHeaders(request.headers),
      body,
      data,
      signal: request.signal,
      redactor: redactor.with(collectSecrets(data, redactor.isSensitive)),
    });
    return new Response(text === "" ? null : text, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
