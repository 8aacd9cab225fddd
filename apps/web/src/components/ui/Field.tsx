import type { ReactNode } from 'react';

/** The look of every text input and select, so forms line up. */
export const INPUT_CLASS =
  'block w-full rounded-lg border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-sky-600 focus:outline-none disabled:bg-slate-50 disabled:text-slate-500';

interface FieldProps {
  /** The id of the control inside, which the label points to. */
  htmlFor: string;
  label: string;
  hint?: string;
  className?: string;
  children: ReactNode;
}

/** A label above its control, with an optional hint below (the control should point to `${htmlFor}-hint`). */
export function Field({ htmlFor, label, hint, className = '', children }: FieldProps) {
  return (
    <div className={`space-y-1.5 ${className}`}>
      <label htmlFor={htmlFor} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${htmlFor}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
    </div>
  );
}
