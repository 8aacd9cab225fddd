'use client';

import type { ImportKind } from '@syncar/contracts';
import { Alert } from '@/components/ui/Alert';
import { useT } from '@/hooks/useI18n';
import type { Importer } from '@/hooks/useStartImport';
import { errorMessage } from '@/lib/errors';

/** Why the last import of `kind` could not start; shown next to the button that asked for it. */
export function ImportError({ importer, kind }: { importer: Importer; kind: ImportKind }) {
  const t = useT();
  if (!importer.error || importer.kind !== kind) return null;
  return (
    <Alert title={t('imports.errorTitle')} onDismiss={importer.reset} data-testid="import-error">
      {errorMessage(importer.error)}
    </Alert>
  );
}
