/**
 * Starts a browser download of `url` (the API answers with `Content-Disposition: attachment`, so the page stays
 * where it is). The session cookie goes along: the API is on the same site as the web app.
 */
export function startDownload(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** A file size for people: "850 kB", "12,4 MB". */
export function formatSize(bytes: number, localeTag: string): string {
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1_000, 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(localeTag, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
