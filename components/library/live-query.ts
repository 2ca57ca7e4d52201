/**
 * A Lit reactive controller over a Dexie liveQuery: the query runs when its host connects and
 * again whenever the tables it read change (here, in the background, in another tab); each
 * result is handed to `next` and the host re-renders. Unsubscribes when the host disconnects.
 */
import { liveQuery } from 'dexie';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LiveQueryController<T> implements ReactiveController {
  /** The latest result, until the first one arrives undefined. */
  value: T | undefined;
  private subscription: { unsubscribe(): void } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: () => Promise<T>,
    private readonly handlers: { next(value: T): void; error(e: unknown): void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.subscription = liveQuery(this.query).subscribe({
      next: (value) => {
        this.value = value;
        this.handlers.next(value);
        this.host.requestUpdate();
      },
      error: (e: unknown) => {
        this.handlers.error(e);
        this.host.requestUpdate();
      },
    });
  }

  hostDisconnected(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
  }
}
