'use client';

import type { Permission } from '@syncar/contracts';
import { useMemo, useState } from 'react';
import { ALL_PERMISSIONS } from '@/lib/permissions';

/**
 * Permissions being edited, starting from `saved`. `permissions` keeps the server's order; `dirty` says whether
 * they differ from `saved`. `reset` goes back to `saved` (e.g. after saving, or to discard).
 */
export function usePermissionDraft(saved: readonly Permission[]) {
  const [draft, setDraft] = useState<ReadonlySet<Permission> | null>(null);
  const selected = useMemo(() => draft ?? new Set(saved), [draft, saved]);
  const dirty = draft !== null && (draft.size !== saved.length || saved.some((p) => !draft.has(p)));
  const toggle = (permission: Permission, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(permission);
    else next.delete(permission);
    setDraft(next);
  };
  return {
    selected,
    permissions: ALL_PERMISSIONS.filter((permission) => selected.has(permission)),
    dirty,
    toggle,
    reset: () => setDraft(null),
  };
}
