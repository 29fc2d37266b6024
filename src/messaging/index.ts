// The typed messaging API bound to runtime messaging: `sendMessage(name, args)` and `onMessages(handlers)`.
import { browser } from '../platform/browser';
import type { Args, MessageName, Result } from './protocol';
import { createReceiver, createSender, type Handlers, type ListenerTarget } from './transport';

const send = createSender((message) => browser.runtime.sendMessage(message));

/** Sends a message to whichever context handles `name` and resolves with its typed result (or rejects with its named error). */
export function sendMessage<K extends MessageName>(name: K, args: Args<K>): Promise<Result<K>> {
  return send(name, args);
}

/** Registers handlers (call synchronously at the top level of a worker). Returns a function that unregisters them. */
export function onMessages<N extends MessageName>(handlers: Handlers<N>, opts: { signal?: AbortSignal } = {}): () => void {
  return createReceiver(browser.runtime.onMessage as unknown as ListenerTarget)(handlers, opts);
}

export type { Args, MessageName, Result } from './protocol';
export type * from './protocol';
export * from './errors';
