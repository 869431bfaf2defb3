// Terminal output for the demo and the benchmark: a progress bar that
// redraws in place on a TTY (and prints a few lines otherwise), and tables.

export function progressBar(label: string, total: number) {
  const tty = process.stdout.isTTY;
  const width = 30;
  let lastQuarter = -1;
  let lastDraw = 0;
  const line = (done: number, extra: Record<string, number>) => {
    const filled = Math.round((done / total) * width);
    const stats = Object.entries(extra)
      .map(([k, v]) => `${k} ${v}`)
      .join('  ');
    return `${label.padEnd(24)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor((done / total) * 100)).padStart(3)}% ${done}/${total}  ${stats}`;
  };
  return {
    update(done: number, extra: Record<string, number>) {
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 50 && done < total) return;
        lastDraw = now;
        process.stdout.write(`\r${line(done, extra)}`);
      } else {
        const quarter = Math.floor((done / total) * 4);
        if (quarter !== lastQuarter && quarter < 4) {
          lastQuarter = quarter;
          console.log(line(done, extra));
        }
      }
    },
    done(extra: Record<string, number>) {
      if (tty) process.stdout.write(`\r${line(total, extra)}\n`);
      else console.log(line(total, extra));
    },
  };
}

export function table(headers: string[], rows: unknown[][], indent = ''): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => String(c ?? '')))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const format = (r: string[]) =>
    indent + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [format(cells[0]), indent + widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(format)].join(
    '\n',
  );
}
