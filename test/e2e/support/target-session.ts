// Drives one CDP target (the extension popup) that Playwright does not expose as a Page: attach, send, evaluate, screenshot.
import type { CDPSession } from 'playwright-core';

export class TargetCommandError extends Error {
  override name = 'TargetCommandError';
}

interface Reply {
  id?: number;
  result?: unknown;
  error?: { message: string };
  method?: string;
  params?: unknown;
}

interface EvaluateResult {
  result: { value?: unknown; type: string; description?: string };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

/**
 * A session on a target, multiplexed over the browser-level CDP connection with Target.sendMessageToTarget
 * (the popup is a 'page' target, but Playwright fires no `page` event for it, so this is the way in).
 */
export class TargetSession {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; method: string }>();
  private readonly onMessage: (event: { sessionId: string; message: string }) => void;
  private readonly onDetached: (event: { sessionId: string }) => void;
  private detached = false;

  private constructor(private readonly browserCdp: CDPSession, readonly sessionId: string, readonly targetId: string) {
    this.onMessage = ({ sessionId, message }) => {
      if (sessionId !== this.sessionId) return;
      const reply = JSON.parse(message) as Reply;
      if (reply.id === undefined) return;
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      this.pending.delete(reply.id);
      if (reply.error) waiter.reject(new TargetCommandError(`${waiter.method} failed in the popup: ${reply.error.message}`));
      else waiter.resolve(reply.result);
    };
    this.onDetached = ({ sessionId }) => {
      if (sessionId !== this.sessionId) return;
      this.detached = true;
      for (const [, waiter] of this.pending) waiter.reject(new TargetCommandError(`The target closed before ${waiter.method} answered.`));
      this.pending.clear();
    };
    browserCdp.on('Target.receivedMessageFromTarget', this.onMessage);
    browserCdp.on('Target.detachedFromTarget', this.onDetached);
  }

  static async attach(browserCdp: CDPSession, targetId: string): Promise<TargetSession> {
    const { sessionId } = await browserCdp.send('Target.attachToTarget', { targetId, flatten: false });
    return new TargetSession(browserCdp, sessionId, targetId);
  }

  get closed(): boolean {
    return this.detached;
  }

  send<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.detached) return Promise.reject(new TargetCommandError(`${method}: the target is closed.`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, method });
      this.browserCdp
        .send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) })
        .catch((error: Error) => {
          this.pending.delete(id);
          reject(error);
        });
    });
  }

  /** Evaluates `expression` in the page (awaiting promises, with a user gesture, as a click would have) and returns its JSON value. */
  async evaluate<T = unknown>(expression: string): Promise<T> {
    const reply = await this.send<EvaluateResult>('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
      userGesture: true,
    });
    if (reply.exceptionDetails) {
      throw new TargetCommandError(`Evaluating in the popup threw: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}\n  expression: ${expression}`);
    }
    return reply.result.value as T;
  }

  /** Polls `expression` until it is truthy; returns its value. The time-out error quotes the last value and `describe()` for diagnosis. */
  async waitFor<T = unknown>(expression: string, { timeoutMs = 15_000, intervalMs = 20, describe }: { timeoutMs?: number; intervalMs?: number; describe?: string } = {}): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    for (;;) {
      last = await this.evaluate(expression);
      if (last) return last as T;
      if (Date.now() > deadline) {
        const state = describe ? await this.evaluate(describe).catch((e: Error) => e.message) : '';
        throw new TargetCommandError(`Timed out after ${timeoutMs} ms waiting for: ${expression}\n  last value: ${JSON.stringify(last)}\n  ${JSON.stringify(state)}`);
      }
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }

  /** Types text as the keyboard would insert it into the focused element (fires beforeinput/input, not key events). */
  async insertText(text: string): Promise<void> {
    await this.send('Input.insertText', { text });
  }

  /** Presses and releases one key (Enter, ArrowDown, Escape, Tab, Backspace) as a real keyboard event from the browser. */
  async press(key: 'Enter' | 'ArrowDown' | 'ArrowUp' | 'Escape' | 'Tab' | 'Backspace'): Promise<void> {
    const codes = { Enter: 13, ArrowDown: 40, ArrowUp: 38, Escape: 27, Tab: 9, Backspace: 8 } as const;
    const base = { key, code: key, windowsVirtualKeyCode: codes[key], nativeVirtualKeyCode: codes[key] };
    await this.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...base });
    if (key === 'Enter') await this.send('Input.dispatchKeyEvent', { type: 'char', ...base, text: '\r', unmodifiedText: '\r' });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
  }

  /** A PNG of the page at its own size. */
  async screenshot(): Promise<Buffer> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  }

  async close(): Promise<void> {
    this.browserCdp.off('Target.receivedMessageFromTarget', this.onMessage);
    this.browserCdp.off('Target.detachedFromTarget', this.onDetached);
    if (!this.detached) await this.browserCdp.send('Target.closeTarget', { targetId: this.targetId }).catch(() => undefined);
    this.detached = true;
  }
}
