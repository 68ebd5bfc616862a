import { ChartFrame } from './chart-frame';

export type Bar = { label: string; value: number | null };

const ROW = 22;
const LABEL = 210;
const WIDTH = 640;

/** Horizontal bars on a 0–100 % scale, with an optional reference line (e.g. where targets should be). */
export function BarChart(props: {
  id: string;
  title: string;
  summary: string;
  bars: Bar[];
  valueHeader: string;
  labelHeader: string;
  format: (n: number) => string;
  reference?: { value: number; label: string };
}) {
  const plot = WIDTH - LABEL - 60;
  const height = props.bars.length * ROW + 24;
  const x = (v: number) => LABEL + (Math.max(0, Math.min(100, v)) / 100) * plot;
  return (
    <ChartFrame
      id={props.id}
      title={props.title}
      summary={props.summary}
      headers={[props.labelHeader, props.valueHeader]}
      rows={props.bars.map((b) => [b.label, b.value === null ? '–' : props.format(b.value)])}
    >
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="h-auto w-full"
        role="img"
        aria-labelledby={`${props.id}-title`}
        aria-describedby={`${props.id}-desc`}
      >
        <title>{props.title}</title>
        {props.bars.map((b, i) => (
          <g key={b.label} transform={`translate(0 ${i * ROW})`}>
            <text x={LABEL - 6} y={15} textAnchor="end" fontSize="11" fill="#1e293b">
              {b.label.length > 32 ? `${b.label.slice(0, 31)}…` : b.label}
            </text>
            <rect x={LABEL} y={4} width={plot} height={14} fill="#f1f5f9" />
            {b.value !== null && (
              <rect x={LABEL} y={4} width={x(b.value) - LABEL} height={14} fill="#047857">
                <title>{`${b.label}: ${props.format(b.value)}`}</title>
              </rect>
            )}
            <text x={LABEL + plot + 6} y={15} fontSize="11" fill="#1e293b">
              {b.value === null ? '–' : props.format(b.value)}
            </text>
          </g>
        ))}
        {props.reference && (
          <g>
            <line
              x1={x(props.reference.value)}
              x2={x(props.reference.value)}
              y1={0}
              y2={height - 20}
              stroke="#b45309"
              strokeDasharray="4 3"
            />
            <text
              x={x(props.reference.value)}
              y={height - 6}
              textAnchor="middle"
              fontSize="10"
              fill="#92400e"
            >
              {props.reference.label}
            </text>
          </g>
        )}
      </svg>
    </ChartFrame>
  );
}
