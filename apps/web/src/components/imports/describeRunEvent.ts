import type { RunEvent, RunStatus } from '@syncar/contracts';
import type { Translate } from '@/i18n/messages';
import { stepLabel } from './stepLabel';

export type LogLevel = 'info' | 'warn' | 'error';

const STATUS_LEVEL: Record<RunStatus, LogLevel> = {
  queued: 'info',
  running: 'info',
  succeeded: 'info',
  failed: 'error',
  cancelled: 'warn',
};

/** One log line for any event: status changes and progress are written out as text. */
export function describeRunEvent({ data }: RunEvent, t: Translate): { level: LogLevel; text: string } {
  switch (data.type) {
    case 'log':
      return { level: data.level, text: data.message };
    case 'status': {
      const status = t(`run.status.${data.status}`);
      return {
        level: STATUS_LEVEL[data.status],
        text: data.reason
          ? t('run.event.statusReason', { status, reason: data.reason })
          : t('run.event.status', { status }),
      };
    }
    case 'progress': {
      const step = stepLabel(data.step, t);
      const params = { step, done: data.done, total: data.total ?? '', ...data.category };
      if (data.category) {
        const key = data.total === null ? 'run.event.progressCategoryNoTotal' : 'run.event.progressCategory';
        return { level: 'info', text: t(key, params) };
      }
      return {
        level: 'info',
        text: t(data.total === null ? 'run.event.progressNoTotal' : 'run.event.progress', params),
      };
    }
  }
}
