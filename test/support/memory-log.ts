import Transport from 'winston-transport';

/** A winston transport that keeps every line, so tests can read what was logged. */
export class MemoryLog extends Transport {
  readonly lines: Record<string, unknown>[] = [];

  override log(info: Record<string, unknown>, callback: () => void): void {
    this.lines.push({ ...info });
    callback();
  }

  /** Everything logged, as the JSON text a log pipeline would receive. */
  text(): string {
    return this.lines.map((line) => JSON.stringify(line)).join('\n');
  }

  clear(): void {
    this.lines.length = 0;
  }
}
