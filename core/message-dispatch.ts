/**
 * A receiver as a map from message type to handler, for every direction (the background's
 * zod-checked messages and the detector's hand-checked ones). Declaring one with `satisfies
 * Handlers<M>` makes a message without a handler a compile error. No schema library here, so the
 * per-page detector can use it too.
 */
export type Handlers<M extends { type: string }, R = unknown> = {
  [K in M['type']]: (message: Extract<M, { type: K }>) => R;
};

/** Runs the handler for `message`'s type (`M` comes from the message: a parsed union). */
export function handle<M extends { type: string }, R>(handlers: Handlers<M, R>, message: M): R {
  const handler = handlers[message.type as M['type']] as (message: M) => R;
  return handler(message);
}
