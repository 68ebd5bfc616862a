/**
 * A chart label broken at spaces into at most `lines` lines of at most `width` characters, so a long unit
 * name fits beside its bar instead of running off the chart; what does not fit ends in "…" (the chart
 * keeps the full name in its SVG <title> and in its table). A word longer than a line is cut.
 */
export function wrapLabel(text: string, width: number, lines = 2): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width) {
      line = next;
      continue;
    }
    if (line) out.push(line);
    line = word;
    if (out.length === lines || line.length > width) return ellipsis([...out, line].slice(0, lines), width);
  }
  out.push(line);
  return out;
}

function ellipsis(lines: string[], width: number): string[] {
  const last = lines[lines.length - 1] ?? '';
  const cut = last.length >= width ? last.slice(0, width - 1) : last;
  return [...lines.slice(0, -1), `${cut.trimEnd()}…`];
}
