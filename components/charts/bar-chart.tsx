import { wrapLabel } from '@/lib/charts/labels';
import { ChartFrame } from './chart-frame';

export type Bar = { label: string; value: number | null };

const ROW = 30;
const LABEL = 210;
/** Characters per label line: two lines fit beside the bar without running off the left edge. */
const LABEL_CHARS = 28;
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
        {props.bars.map((b, i) => {
          const lines = wrapLabel(b.label, LABEL_CHARS);
          const value = b.value === null ? '–' : props.format(b.value);
          return (
            <g key={b.label} transform={`translate(0 ${i * ROW})`}>
              <title>{`${b.label}: ${value}`}</title>
              <text
                x={LABEL - 6}
                y={lines.length > 1 ? 11 : 17}
                textAnchor="end"
                fontSize="11"
                fill="#1e293b"
              >
                {lines.map((line, k) => (
                  <tspan key={line} x={LABEL - 6} dy={k === 0 ? 0 : 12}>
                    {line}
                  </tspan>
                ))}
              </text>
              <rect x={LABEL} y={6} width={plot} height={16} fill="#f1f5f9" />
              {b.value !== null && (
                <rect x={LABEL} y={6} width={x(b.value) - LABEL} height={16} fill="#047857" />
              )}
              <text x={LABEL + plot + 6} y={18} fontSize="11" fill="#1e293b">
                {value}
              </text>
            </g>
          );
        })}
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
