import type { AppRouter } from '@syncar/api';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/** `useTRPC()` gives typed TanStack Query options for every procedure of the API. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
