'use client';

import { useCallback, useState } from 'react';

/** An admin page's last outcome: the server's refusal, or what went well. Each replaces the other. */
export function useFeedback() {
  const [state, setState] = useState<{ error: unknown; notice: string | null }>({
    error: null,
    notice: null,
  });
  const fail = useCallback((error: unknown) => setState({ error, notice: null }), []);
  const succeed = useCallback((notice: string) => setState({ error: null, notice }), []);
  const clear = useCallback(() => setState({ error: null, notice: null }), []);
  return { ...state, fail, succeed, clear };
}

export type Feedback = ReturnType<typeof useFeedback>;

/** What an admin mutation reports to: cleared when it starts, the server's refusal when it fails. */
export type FeedbackSink = Pick<Feedback, 'clear' | 'fail'>;
