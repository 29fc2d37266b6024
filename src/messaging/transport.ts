// Typed sendMessage/onMessages over any runtime-like channel: envelopes, error transport, handler dispatch.
import { tr } from '../i18n';
import { MessagingError, deserializeError, serializeError, type SerializedError } from './errors';
import type { Args, MessageName, Result } from './protocol';

const TAG = 'jekyll-web-clipper/1';

export interface Envelope {
  tag: typeof TAG;
  name: string;
  args: unknown;
}

export type Reply = { ok: true; value: unknown } | { ok: false; error: SerializedError };

/** The sending half of runtime messaging (runtime.sendMessage). */
export type SendFn = (message: Envelope) => Promise<unknown>;

/** The receiving half: a listener that may return a promise of the reply, or undefined to let another context answer. */
export type Listener = (message: unknown, sender: unknown) => Promise<Reply> | undefined;

export interface ListenerTarget {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

export type Handlers<N extends MessageName> = {
  [K in N]: (args: Args<K>, sender: unknown) => Result<K> | Promise<Result<K>>;
};

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && (message as Envelope).tag === TAG;
}

function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && typeof (value as Reply).ok === 'boolean';
}

/** Builds a typed sender over the given channel. */
export function createSender(send: SendFn) {
  return async function sendMessage<K extends MessageName>(name: K, args: Args<K>): Promise<Result<K>> {
    let reply: unknown;
    try {
      reply = await send({ tag: TAG, name, args });
    } catch (error) {
      throw new MessagingError(
        tr('errorNoReceiver', 'Could not reach the extension ($1: $2). Reload the extension and try again.', [name, serializeError(error).message]),
      );
    }
    if (!isReply(reply)) {
      throw new MessagingError(tr('errorNoAnswer', 'No part of the extension answered ($1). Reload the extension and try again.', [name]));
    }
    if (!reply.ok) throw deserializeError(reply.error);
    return reply.value as Result<K>;
  };
}

/**
 * Registers handlers for some messages on the given target. Messages this context does not handle get no reply,
 * so another context (worker vs offscreen document) can answer them. Returns a function that unregisters.
 */
export function createReceiver(target: ListenerTarget) {
  /** `signal`: aborting it unregisters the handlers (e.g. when a page that registered them goes away). */
  return function onMessages<N extends MessageName>(handlers: Handlers<N>, opts: { signal?: AbortSignal } = {}): () => void {
    const table = handlers as unknown as Record<string, (args: unknown, sender: unknown) => unknown>;
    const listener: Listener = (message, sender) => {
      if (!isEnvelope(message) || !Object.hasOwn(table, message.name)) return undefined;
      const handler = table[message.name];
      return (async (): Promise<Reply> => {
        try {
          return { ok: true, value: await handler(message.args, sender) };
        } catch (error) {
          return { ok: false, error: serializeError(error) };
        }
      })();
    };
    const off = (): void => target.removeListener(listener);
    if (opts.signal?.aborted) return off;
    target.addListener(listener);
    opts.signal?.addEventListener('abort', off, { once: true });
    return off;
  };
}
