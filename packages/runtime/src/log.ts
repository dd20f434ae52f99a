import type { Redactor } from "./redact.js";

export type LogLevel = "debug" | "info" | "warn" | "error";

/** Any subset of console's methods; `console` itself works. Messages and details arrive redacted. */
export type Logger = Partial<Record<LogLevel, (message: string, details?: Record<string, unknown>) => void>>;

export type Log = (level: LogLevel, message: string, details?: Record<string, unknown>, redactor?: Redactor) => void;

/** Warnings (release mismatch, failed validation in `warn` mode) must be seen even without a logger. */
export const defaultLogger: Logger = { warn: (message) => console.warn(`[ontap-sec] ${message}`) };

export function createLog(logger: Logger, base: Redactor): Log {
  return (level, message, details, redactor = base) => {
    const sink = logger[level];
    if (sink) sink(redactor.text(message), details && redactor.value(details));
  };
}
