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

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;

interface ProcessInfo {
  ppid: number;
  comm: string;
  /** User plus system CPU time so far, in clock ticks. */
  cpuTicks: number;
}

/** Every process now, from /proc/<pid>/stat. */
function processTable(): Map<number, ProcessInfo> {
  const table = new Map<number, ProcessInfo>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may itself contain spaces and parentheses.
      const close = stat.lastIndexOf(')');
      // From field 3 (state) on: ppid is field 4, utime 14, stime 15.
      const fields = stat.slice(close + 2).split(' ');
      table.set(Number(entry), {
        ppid: Number(fields[1]),
        comm: stat.slice(stat.indexOf('(') + 1, close),
        cpuTicks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // exited while we looked
    }
  }
  return table;
}

/** `root` and all its descendants alive now, leaving out the subtrees of `exclude`: pid -> CPU ticks so far. */
function processTree(root: number, exclude: ReadonlySet<number>): Map<number, number> {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree = new Map<number, number>();
  const pending = [root];
  while (pending.length) {
    const pid = pending.pop()!;
    const info = table.get(pid);
    if (!info) continue;
    tree.set(pid, info.cpuTicks);
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

export interface ProcessUsage {
  /** Peak RSS of the Node process itself, MB. */
  nodeMb: number;
  /** VmHWM (the kernel's exact peak) when it could be reset at the start; else the highest sample. */
  nodeSource: 'VmHWM' | 'sampled';
  /** Highest sum of RSS over the process and its descendants, MB: an upper bound (shared pages count twice). */
  treeMb: number;
  /** Most processes seen in the tree at once. */
  treeProcesses: number;
  /** CPU time (user + system) used meanwhile by the Node process, and by the whole tree, in seconds. */
  nodeCpuSeconds: number;
  treeCpuSeconds: number;
  samples: number;
}

const round = (value: number) => Math.round(value * 10) / 10;
const mb = (kb: number) => round(kb / 1024);

/**
 * Samples the memory and CPU time of `pid` and its process tree every `intervalMs` until `stop()`. `exclude`:
 * children that are not part of what is measured (the platform's services, which this bench process started).
 */
export function sampleUsage(
  pid: number,
  options: { exclude?: readonly number[]; intervalMs?: number } = {},
): { stop(): ProcessUsage } {
  const exclude = new Set(options.exclude);
  // CPU ticks of each process when first seen (0 for one started meanwhile) and when last seen.
  const firstTicks = processTree(pid, exclude);
  const lastTicks = new Map<number, number>();
  const exactPeak = resetPeak(pid);
  let nodeKb = 0;
  let treeKb = 0;
  let treeProcesses = 0;
  let samples = 0;
  const sample = () => {
    const tree = processTree(pid, exclude);
    let sum = 0;
    for (const [member, ticks] of tree) {
      lastTicks.set(member, ticks);
      const status = readStatus(member);
      if (!status) continue;
      sum += status.rssKb;
      if (member === pid) nodeKb = Math.max(nodeKb, status.rssKb);
    }
    treeKb = Math.max(treeKb, sum);
    treeProcesses = Math.max(treeProcesses, tree.size);
    samples++;
  };
  sample();
  const timer = setInterval(sample, options.intervalMs ?? 100);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const hwmKb = exactPeak ? (readStatus(pid)?.hwmKb ?? 0) : 0;
      const cpuSeconds = (member: number) =>
        ((lastTicks.get(member) ?? 0) - (firstTicks.get(member) ?? 0)) / CLOCK_TICKS;
      return {
        nodeMb: mb(Math.max(nodeKb, hwmKb)),
        nodeSource: exactPeak ? 'VmHWM' : 'sampled',
        treeMb: mb(treeKb),
        treeProcesses,
        nodeCpuSeconds: round(cpuSeconds(pid)),
        treeCpuSeconds: round([...lastTicks.keys()].reduce((sum, member) => sum + cpuSeconds(member), 0)),
        samples,
      };
    },
  };
}
