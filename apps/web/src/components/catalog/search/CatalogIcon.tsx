/** The catalog's navigation icon: a magnifier over a list (24×24 outline, currentColor). */
export function CatalogIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      className="size-5 shrink-0"
    >
      <path d="M4 6h9M4 11h6M4 16h5" />
      <circle cx="16" cy="14" r="3.5" />
      <path d="m18.5 16.5 2.5 2.5" />
    </svg>
  );
}
