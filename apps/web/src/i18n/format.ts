import { INTL_LOCALE, type Locale } from './messages';

export interface Formatter {
  number(value: number): string;
  /** Chilean pesos, no decimals: `$12.990` in es-CL. */
  clp(value: number): string;
  percent(value: number): string;
  dateTime(value: Date): string;
  time(value: Date): string;
}

export function createFormatter(locale: Locale): Formatter {
  const tag = INTL_LOCALE[locale];
  const number = new Intl.NumberFormat(tag);
  const clp = new Intl.NumberFormat(tag, { style: 'currency', currency: 'CLP' });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return {
    number: (value) => number.format(value),
    clp: (value) => clp.format(value),
    percent: (value) => percent.format(value),
    dateTime: (value) => dateTime.format(value),
    time: (value) => time.format(value),
  };
}
