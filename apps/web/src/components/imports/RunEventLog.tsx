'use client';

import type { RunEvent } from '@syncar/contracts';
import { memo, useId } from 'react';
import { useFormat, useT } from '@/hooks/useI18n';
import { useStickToBottom } from '@/hooks/useStickToBottom';
import { describeRunEvent, type LogLevel } from './describeRunEvent';

const LEVEL_STYLE: Record<LogLevel, string> = {
  info: 'bg-slate-100 text-slate-600',
  warn: 'bg-amber-100 text-amber-900',
  error: 'bg-red-100 text-red-800',
};

/** One line; events never change, so a line renders once however long the log grows. */
const RunEventLine = memo(function RunEventLine({ event }: { event: RunEvent }) {
  const t = useT();
  const format = useFormat();
  const { level, text } = describeRunEvent(event, t);
  return (
    <li
      data-seq={event.seq}
      data-type={event.data.type}
      data-level={level}
      className="grid grid-cols-[auto_auto_1fr] items-baseline gap-x-3 py-1.5"
    >
      <time dateTime={event.at.toISOString()} className="text-slate-500 tabular-nums">
        {format.time(event.at)}
      </time>
      <span className={`rounded px-1.5 py-px text-[0.7rem] font-semibold ${LEVEL_STYLE[level]}`}>
        {t(`run.level.${level}`)}
      </span>
      <span className="min-w-0 break-words text-slate-800">{text}</span>
    </li>
  );
});

interface RunEventLogProps {
  events: readonly RunEvent[];
  /** Of the list of lines: `run-log` is the live panel's; other views of a run's log use their own. */
  testId?: string;
}

/** The run's events as lines: time, level and text. Follows new lines unless the user scrolled up. */
export function RunEventLog({ events, testId = 'run-log' }: RunEventLogProps) {
  const t = useT();
  const titleId = useId();
  const [scrollRef, onScroll] = useStickToBottom<HTMLDivElement>(events.length);
  return (
    <div>
      <h4 id={titleId} className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t('run.log')}
      </h4>
      <div
        ref={scrollRef}
        onScroll={onScroll}
        role="log"
        aria-labelledby={titleId}
        className="h-56 overflow-y-auto rounded-lg bg-slate-50 px-3 py-2 ring-1 ring-slate-200 ring-inset sm:h-64"
      >
        {events.length === 0 ? (
          <p className="py-2 text-sm text-slate-500">{t('run.logEmpty')}</p>
        ) : (
          <ol data-testid={testId} className="divide-y divide-slate-200/70 font-mono text-xs">
            {events.map((event) => (
              <RunEventLine key={event.seq} event={event} />
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
