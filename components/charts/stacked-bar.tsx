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
}) {
  const total = props.parts.reduce((n, p) => n + p.value, 0);
  let at = 0;
  return (
    <ChartFrame
      id={props.id}
      title={props.title}
      summary={props.summary}
      headers={[props.labelHeader, props.valueHeader]}
      rows={props.parts.map((p) => [p.label, p.value])}
    >
      <svg
        viewBox={`0 0 ${WIDTH} 64`}
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
              <title>{`${p.label}: ${p.value}`}</title>
            </rect>
          );
        })}
        {props.parts.map((p, i) => (
          <g key={p.label} transform={`translate(${i * 128} 36)`}>
            <rect width="12" height="12" fill={COLOURS[i % COLOURS.length]} stroke="#94a3b8" />
            <text x="16" y="10" fontSize="10" fill="#1e293b">{`${p.label} (${p.value})`}</text>
          </g>
        ))}
      </svg>
    </ChartFrame>
  );
}
