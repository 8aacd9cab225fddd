type Listener = () => void;

const listeners = new Set<Listener>();

/** Tells the app the session is over (the silent refresh was refused). */
export function notifySessionExpired(): void {
  for (const listener of listeners) listener();
}

/** Runs `listener` whenever the session ends; returns the unsubscribe function. */
export function onSessionExpired(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
