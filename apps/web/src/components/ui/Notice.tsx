import type { ReactNode } from 'react';

interface NoticeProps {
  children: ReactNode;
  'data-testid'?: string;
}

/** Something that went well (saved, created...), announced politely. */
export function Notice({ children, 'data-testid': testId }: NoticeProps) {
  return (
    <p
      role="status"
      data-testid={testId}
      className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
    >
      {children}
    </p>
  );
}
