/** Sends a message of the map to the background and returns its typed answer. */
import { browser } from 'wxt/browser';
import type { Request, Response } from './messages.ts';

export async function send<T extends Request>(msg: T): Promise<Response<T['type']>> {
  try {
    return (await browser.runtime.sendMessage(msg)) as Response<T['type']>;
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
