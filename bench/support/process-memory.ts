import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** Memory of one process from /proc (Linux only), in kB; undefined when the process is gone. */
function readStatus(pid: number): { rssKb: number; hwmKb: number } | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssKb: field('VmRSS'), hwmKb: field('VmHWM') };
}

/** pid -> [parent pid, command name] of every process now, from /proc/<pid>/stat. */
function processTable(): Map<number, { ppid: number; comm: string }> {
  const table = new Map<number, { ppid: number; comm: string }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may itself contain spaces and parentheses.
      const close = stat.lastIndexOf(')');
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      table.set(Number(entry), { ppid, comm: stat.slice(stat.indexOf('(') + 1, close) });
    } catch {
      // exited while we looked
    }
  }
  return table;
}

/** `root` and all its descendants alive now, leaving out the subtrees of `exclude`. */
export function processTree(root: number, exclude: ReadonlySet<number> = new Set()): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of processTable()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree: number[] = [];
  const pending = [root];
  while (pending.length) {
    const pid = pending.pop()!;
    tree.push(pid);
    pending.push(...(children.get(pid) ?? []).filter((child) => !exclude.has(child)));
  }
  return tree;
}

/**
 * The Node process that runs a script started through the tsx launcher: the launcher's `node` child. The
 * launcher itself only waits and relays signals.
 */
export function nodeChildOf(launcher: number): number {
  const child = [...processTable()].find(
    ([, process]) => process.ppid === launcher && process.comm === 'node',
  );
  if (!child) throw new Error(`process ${launcher} has no node child`);
  return child[0];
}

/** Resets VmHWM to the current RSS (Linux 4.0+, writing 5 to clear_refs); false when not permitted. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

export interface MemoryPeaks {
  /** Peak RSS of the Node process itself, MB. */
  nodeMb: number;
  /** VmHWM (the kernel's exact peak) when it could be reset at the start; else the highest sample. */
  nodeSource: 'VmHWM' | 'sampled';
  /** Highest sum of RSS over the process and its descendants, MB: an upper bound (shared pages count twice). */
  treeMb: number;
  /** Most processes seen in the tree at once. */
  treeProcesses: number;
  samples: number;
}

const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;

/**
 * Samples `pid` and its process tree every `intervalMs` until `stop()`. `exclude`: children that are not part
 * of what is measured (the platform's services, which this bench process also started).
 */
export function sampleMemory(
  pid: number,
  options: { exclude?: readonly number[]; intervalMs?: number } = {},
): { stop(): MemoryPeaks } {
  const exclude = new Set(options.exclude);
  const exactPeak = resetPeak(pid);
  let nodeKb = 0;
  let treeKb = 0;
  let treeProcesses = 0;
  let samples = 0;
  const sample = () => {
    const tree = processTree(pid, exclude);
    let sum = 0;
    for (const member of tree) {
      const status = readStatus(member);
      if (!status) continue;
      sum += status.rssKb;
      if (member === pid) nodeKb = Math.max(nodeKb, status.rssKb);
    }
    treeKb = Math.max(treeKb, sum);
    treeProcesses = Math.max(treeProcesses, tree.length);
    samples++;
  };
  sample();
  const timer = setInterval(sample, options.intervalMs ?? 100);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const hwmKb = exactPeak ? (readStatus(pid)?.hwmKb ?? 0) : 0;
      return {
        nodeMb: mb(Math.max(nodeKb, hwmKb)),
        nodeSource: exactPeak ? 'VmHWM' : 'sampled',
        treeMb: mb(treeKb),
        treeProcesses,
        samples,
      };
    },
  };
}
