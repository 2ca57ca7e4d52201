/** Sends a message of the map to the background and returns its typed answer (never throws). */
import { browser } from 'wxt/browser';
import type { MessageType, RequestOf, Response } from './messages.ts';

export async function send<T extends MessageType>(msg: RequestOf<T>): Promise<Response<T>> {
  try {
    const answer = (await browser.runtime.sendMessage(msg)) as Response<T> | undefined;
    return answer ?? { ok: false, error: 'no answer from the background' };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
