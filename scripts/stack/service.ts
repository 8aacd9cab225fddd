import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface ServiceSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** Polled until it answers 2xx. */
  readyUrl: string;
  /** Where stdout/stderr go: a file path, or 'inherit' to prefix lines on this process's output. */
  log: string | 'inherit';
  readyTimeoutMs?: number;
}

export interface Service {
  name: string;
  child: ChildProcess;
  /** SIGTERM, then SIGKILL after the grace period. Resolves when the process is gone. */
  stop(graceMs?: number): Promise<void>;
  kill(signal?: NodeJS.Signals): void;
  exited: Promise<number | null>;
}

function pipeOutput(child: ChildProcess, spec: ServiceSpec) {
  if (spec.log === 'inherit') {
    const prefix = `[${spec.name}] `;
    for (const stream of [child.stdout, child.stderr]) {
      let buffer = '';
      stream?.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) process.stdout.write(`${prefix}${line}\n`);
      });
    }
    return;
  }
  mkdirSync(dirname(spec.log), { recursive: true });
  const file = createWriteStream(spec.log, { flags: 'a' });
  child.stdout?.pipe(file);
  child.stderr?.pipe(file);
}

async function waitUntilReady(spec: ServiceSpec, exited: Promise<number | null>): Promise<void> {
  const deadline = Date.now() + (spec.readyTimeoutMs ?? 60_000);
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  while (Date.now() < deadline) {
    if (gone) throw new Error(`${spec.name} exited before it was ready (see ${spec.log})`);
    try {
      const response = await fetch(spec.readyUrl, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `${spec.name} was not ready at ${spec.readyUrl} within ${spec.readyTimeoutMs ?? 60_000} ms`,
  );
}

/**
 * Signals the service's whole process group: a launcher such as tsx runs the real program as its own child,
 * which a signal to the launcher alone would leave running.
 */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

/** Children run in their own process groups, so they must not outlive this process if it dies abruptly. */
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) signalGroup(child, 'SIGKILL');
});

export async function startService(spec: ServiceSpec): Promise<Service> {
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: Ctrl-C reaches only the orchestrator, which stops services in order.
    detached: true,
  });
  live.add(child);
  pipeOutput(child, spec);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      live.delete(child);
      resolve(code);
    }),
  );
  const service: Service = {
    name: spec.name,
    child,
    exited,
    kill: (signal = 'SIGKILL') => signalGroup(child, signal),
    async stop(graceMs = 25_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signalGroup(child, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    await waitUntilReady(spec, exited);
  } catch (error) {
    service.kill();
    throw error;
  }
  return service;
}
