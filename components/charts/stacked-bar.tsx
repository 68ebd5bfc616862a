import { ChartFrame } from './chart-frame';

const COLOURS = ['#047857', '#0369a1', '#94a3b8', '#b45309', '#e2e8f0'];
const WIDTH = 640;

/** One bar split into parts of a whole (e.g. SKP statuses), with a legend carrying the counts. */
export function StackedBar(props: {
  id: string;
  title: string;
  summary: string;
  parts: { label: string; value: number }[];
  labelHeader: string;
  valueHeader: string;
  /** Counts in the page's language ("1.234"). */
  format: (n: number) => string;
}) {
  const total = props.parts.reduce((n, p) => n + p.value, 0);
  let at = 0;
  return (
    <ChartFrame
      id={props.id}
      title={props.title}
      summary={props.summary}
      headers={[props.labelHeader, props.valueHeader]}
      rows={props.parts.map((p) => [p.label, props.format(p.value)])}
    >
      <svg
        viewBox={`0 0 ${WIDTH} 24`}
        className="h-auto w-full"
        role="img"
        aria-labelledby={`${props.id}-title`}
        aria-describedby={`${props.id}-desc`}
      >
        <title>{props.title}</title>
        {props.parts.map((p, i) => {
          const w = total ? (p.value / total) * WIDTH : 0;
          const x = at;
          at += w;
          return (
            <rect key={p.label} x={x} y={0} width={w} height={24} fill={COLOURS[i % COLOURS.length]}>
              <title>{`${p.label}: ${props.format(p.value)}`}</title>
            </rect>
          );
        })}
      </svg>
      {/* The legend is text beside the image, so a long label wraps instead of being cut off. */}
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="legend">
        {props.parts.map((p, i) => (
          <li key={p.label} className="flex items-center gap-1">
            <span
              className="inline-block h-3 w-3 shrink-0 border border-slate-400"
              style={{ backgroundColor: COLOURS[i % COLOURS.length] }}
            />
            {`${p.label} (${props.format(p.value)})`}
          </li>
        ))}
      </ul>
    </ChartFrame>
  );
}
