import { ChartFrame } from './chart-frame';

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { left: 40, right: 16, top: 12, bottom: 28 };

/** One series over time on a 0–100 % scale (e.g. monthly compliance). */
export function LineChart(props: {
  id: string;
  title: string;
  summary: string;
  points: { label: string; value: number | null }[];
  labelHeader: string;
  valueHeader: string;
  format: (n: number) => string;
  extra?: { header: string; values: string[] };
}) {
  const n = props.points.length;
  const w = WIDTH - PAD.left - PAD.right;
  const h = HEIGHT - PAD.top - PAD.bottom;
  // Coordinates to a tenth of a unit: finer is invisible and only lengthens the page.
  const tenth = (v: number) => Math.round(v * 10) / 10;
  const x = (i: number) => tenth(PAD.left + (n <= 1 ? w / 2 : (i / (n - 1)) * w));
  const y = (v: number) => tenth(PAD.top + h - (Math.max(0, Math.min(100, v)) / 100) * h);
  const known = props.points.map((p, i) => ({ ...p, i })).filter((p) => p.value !== null);
  const path = known.map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.i)},${y(p.value as number)}`).join(' ');
  return (
    <ChartFrame
      id={props.id}
      title={props.title}
      summary={props.summary}
      headers={[props.labelHeader, props.valueHeader, ...(props.extra ? [props.extra.header] : [])]}
      rows={props.points.map((p, i) => [
        p.label,
        p.value === null ? '–' : props.format(p.value),
        ...(props.extra ? [props.extra.values[i] ?? ''] : []),
      ])}
    >
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full"
        role="img"
        aria-labelledby={`${props.id}-title`}
        aria-describedby={`${props.id}-desc`}
      >
        <title>{props.title}</title>
        {[0, 25, 50, 75, 100].map((g) => (
          <g key={g}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(g)} y2={y(g)} stroke="#e2e8f0" />
            <text x={PAD.left - 6} y={y(g) + 4} textAnchor="end" fontSize="10" fill="#475569">
              {`${g} %`}
            </text>
          </g>
        ))}
        <path d={path} fill="none" stroke="#047857" strokeWidth="2" />
        {known.map((p) => (
          <circle key={p.label} cx={x(p.i)} cy={y(p.value as number)} r="3.5" fill="#047857">
            <title>{`${p.label}: ${props.format(p.value as number)}`}</title>
          </circle>
        ))}
        {props.points.map((p, i) => (
          <text key={p.label} x={x(i)} y={HEIGHT - 8} textAnchor="middle" fontSize="10" fill="#475569">
            {p.label}
          </text>
        ))}
      </svg>
    </ChartFrame>
  );
}
