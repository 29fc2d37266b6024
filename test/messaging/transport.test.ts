import { describe, expect, it } from 'vitest';
import { ClipStoreError, MessagingError, RemoteError, RestrictedPageError } from '../../src/messaging/errors';
import { createReceiver, createSender, type Listener, type ListenerTarget } from '../../src/messaging/transport';

/** A runtime.onMessage stand-in: broadcasts to every listener and takes the first reply, like the browser does. */
function channel() {
  const listeners = new Set<Listener>();
  const target: ListenerTarget = { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) };
  const send = async (message: unknown) => {
    for (const l of listeners) {
      const reply = l(structuredClone(message), { id: 'test' });
      if (reply !== undefined) return structuredClone(await reply);
    }
    return undefined;
  };
  return { target, send, listeners };
}

describe('typed messaging', () => {
  it('delivers arguments and results to the context that handles the name', async () => {
    const { target, send } = channel();
    const onMessages = createReceiver(target);
    onMessages({ 'offscreen.createBlobUrl': ({ text, type }) => ({ url: `blob:${type}:${text.length}` }) });
    onMessages({ deleteClip: async ({ id }) => ({ deleted: id === 'a' }) });
    const sendMessage = createSender(send);
    expect(await sendMessage('deleteClip', { id: 'a' })).toEqual({ deleted: true });
    expect(await sendMessage('offscreen.createBlobUrl', { text: 'abc', type: 'text/markdown' })).toEqual({ url: 'blob:text/markdown:3' });
  });

  it('rebuilds named errors on the sending side', async () => {
    const { target, send } = channel();
    createReceiver(target)({
      deleteClip: () => {
        throw new ClipStoreError('disk full');
      },
      getClip: () => {
        throw new RestrictedPageError('no');
      },
      listClips: () => {
        throw new TypeError('boom');
      },
    });
    const sendMessage = createSender(send);
    const deleting = sendMessage('deleteClip', { id: 'x' });
    await expect(deleting).rejects.toBeInstanceOf(ClipStoreError);
    await expect(deleting).rejects.toThrow('disk full');
    await expect(sendMessage('getClip', { id: 'x' })).rejects.toBeInstanceOf(RestrictedPageError);
    const listing = sendMessage('listClips', {});
    await expect(listing).rejects.toBeInstanceOf(RemoteError);
    await expect(listing).rejects.toMatchObject({ name: 'TypeError', message: 'boom' });
  });

  it('reports a MessagingError when nobody handles the message', async () => {
    const { send } = channel();
    await expect(createSender(send)('listClips', {})).rejects.toBeInstanceOf(MessagingError);
  });

  it('ignores foreign messages and unregisters cleanly', async () => {
    const { target, send, listeners } = channel();
    const off = createReceiver(target)({ listClips: () => [] });
    const [listener] = [...listeners];
    expect(listener({ action: 'listClips' }, {})).toBeUndefined();
    expect(await createSender(send)('listClips', {})).toEqual([]);
    off();
    expect(listeners.size).toBe(0);
  });

  it('unregisters when the given signal aborts', () => {
    const { target, listeners } = channel();
    const controller = new AbortController();
    createReceiver(target)({ listClips: () => [] }, { signal: controller.signal });
    expect(listeners.size).toBe(1);
    controller.abort();
    expect(listeners.size).toBe(0);
    createReceiver(target)({ listClips: () => [] }, { signal: controller.signal });
    expect(listeners.size).toBe(0);
  });

  it('wraps a failing channel in a MessagingError', async () => {
    const sendMessage = createSender(() => Promise.reject(new Error('Receiving end does not exist.')));
    await expect(sendMessage('listClips', {})).rejects.toThrow(/Receiving end does not exist/);
  });
});

describe('the protocol is checked by the compiler', () => {
  it('rejects unknown names and wrong arguments at compile time (tsc checks this file)', () => {
    const sendMessage = createSender(() => Promise.resolve({ ok: true, value: { deleted: true } }));
    const calls = [
      // @ts-expect-error: not a message of the protocol
      () => sendMessage('noSuchMessage', {}),
      // @ts-expect-error: deleteClip takes { id: string }
      () => sendMessage('deleteClip', { id: 1 }),
      // @ts-expect-error: saveClip needs a clip
      () => sendMessage('saveClip', {}),
    ];
    const onMessages = createReceiver({ addListener: () => undefined, removeListener: () => undefined });
    // @ts-expect-error: a handler must return the declared result type
    onMessages({ deleteClip: () => ({ removed: true }) });
    expect(calls).toHaveLength(3);
  });

  it('gives the caller the declared result type', async () => {
    const sendMessage = createSender(() => Promise.resolve({ ok: true, value: { deleted: true } }));
    const result = await sendMessage('deleteClip', { id: 'a' });
    const deleted: boolean = result.deleted;
    expect(deleted).toBe(true);
  });
});
