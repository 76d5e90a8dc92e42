/** The machine a benchmark ran on, printed with every run so figures can be compared. */
import os from 'node:os';

/** What the figures depend on: processor, cores, memory, Node. */
export interface MachineDescription {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  /** The 1-minute load average when the run started: other work on a shared machine. */
  loadAverage: number;
}

/** Describes the current machine. */
export function describeMachine(): MachineDescription {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    loadAverage: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
  };
}

/** One line for the table's heading. */
export function formatMachine(machine: MachineDescription): string {
  return (
    `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ` +
    `Node ${machine.node}, ${machine.platform}, load ${machine.loadAverage}`
  );
}
