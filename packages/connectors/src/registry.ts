import type { ConnectorKind } from '@syncar/contracts';
import type { ConnectorFactory } from './connector';
import { createSandboxConnector } from './sandbox/connector';

/** Every built-in connector, by the kind stored in `suppliers.connector`. */
export const connectors: Record<ConnectorKind, ConnectorFactory> = {
  sandbox: createSandboxConnector,
};
