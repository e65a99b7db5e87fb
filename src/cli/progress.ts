import cliProgress from "cli-progress";

/**
 * Progress on stderr (of an ingest, an extraction): a bar on a terminal; otherwise (a log, a pipe) one plain line at
 * most every second. The line is written from `update` itself rather than from a timer, because
 * an embedded database can keep the event loop busy for a whole document.
 */
export class Progress {
  private readonly bar: cliProgress.SingleBar | undefined;
  private lastLine = 0;
  private value = 0;
  private label = "";

  constructor(
    private readonly total: number,
    private readonly activity = "Ingesting",
    private readonly unit = "entries",
  ) {
    this.bar = process.stderr.isTTY
      ? new cliProgress.SingleBar({ format: `${activity} [{bar}] {percentage}% | {value}/{total} ${unit} | {label}`, hideCursor: true }, cliProgress.Presets.shades_classic)
      : undefined;
    this.bar?.start(total, 0, { label: "" });
  }

  update(value: number, label?: string): void {
    this.value = value;
    if (label !== undefined) this.label = label;
    if (this.bar) this.bar.update(value, { label: this.label });
    else if (Date.now() - this.lastLine >= 1_000) this.line();
  }

  stop(): void {
    if (this.bar) this.bar.stop();
    else this.line();
  }

  private line(): void {
    this.lastLine = Date.now();
    process.stderr.write(`${this.activity}: ${this.value}/${this.total} ${this.unit} | ${this.label}\n`);
  }
}
