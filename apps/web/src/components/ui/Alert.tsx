'use client';

import type { ReactNode } from 'react';
import { useT } from '@/hooks/useI18n';

interface AlertProps {
  title?: string;
  children: ReactNode;
  onDismiss?: () => void;
  action?: ReactNode;
  /** Set on the alert; `${testId}-message` marks the element holding just `children`. */
  'data-testid'?: string;
}

/** An error the user must see; announced by screen readers as soon as it appears. */
export function Alert({ title, children, onDismiss, action, 'data-testid': testId }: AlertProps) {
  const t = useT();
  return (
    <div
      role="alert"
      data-testid={testId}
      className="flex items-start gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        fill="currentColor"
        className="mt-0.5 size-4 shrink-0 text-red-600"
      >
        <path
          fillRule="evenodd"
          d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
          clipRule="evenodd"
        />
      </svg>
      <div className="min-w-0 flex-1">
        {title && <p className="font-semibold">{title}</p>}
        <div data-testid={testId && `${testId}-message`} className="break-words">
          {children}
        </div>
        {action && <div className="mt-2">{action}</div>}
      </div>
      {onDismiss && (
        <button
          type="button"
          onClick={onDismiss}
          // A label, not hidden text: the alert's text stays exactly its message.
          aria-label={t('common.dismiss')}
          title={t('common.dismiss')}
          className="-m-1 rounded p-1 text-red-700 hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-red-500"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
            <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
          </svg>
        </button>
      )}
    </div>
  );
}
