import { isMessageKey, type Translate } from '@/i18n/messages';

/** The localized name of a worker step (`login`, `categories`, `store`...), or the step id if it is new to us. */
export function stepLabel(step: string, t: Translate): string {
  const key = `run.step.${step}`;
  return isMessageKey(key) ? t(key) : step;
}
