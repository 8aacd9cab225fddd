import type { HTMLAttributes } from 'react';

/** The white card every section of a page sits on. */
export function Panel({ className = '', ...props }: HTMLAttributes<HTMLElement>) {
  return (
    <section {...props} className={`rounded-xl bg-white shadow-sm ring-1 ring-slate-200 ${className}`} />
  );
}
