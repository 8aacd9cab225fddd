import type { HTMLAttributes } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const TONES: Record<BadgeTone, string> = {
  neutral: 'bg-slate-100 text-slate-700 ring-slate-300/70',
  info: 'bg-sky-50 text-sky-800 ring-sky-300/70',
  success: 'bg-emerald-50 text-emerald-800 ring-emerald-300/70',
  warning: 'bg-amber-50 text-amber-900 ring-amber-300/70',
  danger: 'bg-red-50 text-red-800 ring-red-300/70',
};

interface BadgeProps extends HTMLAttributes<HTMLSpanElement> {
  tone?: BadgeTone;
}

export function Badge({ tone = 'neutral', className = '', ...props }: BadgeProps) {
  return (
    <span
      {...props}
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${TONES[tone]} ${className}`}
    />
  );
}
