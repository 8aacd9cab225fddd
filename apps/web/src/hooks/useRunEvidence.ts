'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** The failure evidence of a run; while it runs, looked for again every few seconds. */
export function useRunEvidence(runId: string, finished: boolean) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.imports.evidence.queryOptions({ runId }),
    refetchInterval: finished ? false : 5_000,
  });
}

/** One piece of evidence with its content, fetched only when someone opens it. */
export function useRunEvidenceContent(evidenceId: string | null) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.imports.evidenceContent.queryOptions({ evidenceId: evidenceId ?? '' }),
    enabled: evidenceId !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
