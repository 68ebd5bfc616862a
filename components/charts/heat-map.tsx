import { heatLevel } from '@/lib/domain/dashboard';
import { ChartFrame } from './chart-frame';

const SHADES = ['#fee2e2', '#fde68a', '#d9f99d', '#86efac', '#16a34a'] as const;
const CELL = 34;
const ROW = 20;
const LABEL = 210;

/** Rows × columns of percentages as shaded cells (e.g. compliance per unit per week). */
export function HeatMap(props: {
  id: string;
  title: string;
  summary: string;
  columns: string[];
  rows: { label: string; cells: (number | null)[] }[];
  rowHeader: string;
  format: (n: number) => string;
  legend: string[];
}) {
  const width = LABEL + props.columns.length * CELL + 8;
  const height = props.rows.length * ROW + 52;
  return (
    <ChartFrame
      id={props.id}
      title={props.title}
      summary={props.summary}
      headers={[props.rowHeader, ...props.columns]}
      rows={props.rows.map((r) => [r.label, ...r.cells.map((c) => (c === null ? '–' : props.format(c)))])}
    >
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full"
        role="img"
        aria-labelledby={`${props.id}-title`}
        aria-describedby={`${props.id}-desc`}
      >
        <title>{props.title}</title>
        {props.columns.map((c, j) => (
          <text
            key={c}
            x={LABEL + j * CELL + CELL / 2}
            y={12}
            textAnchor="middle"
            fontSize="9"
            fill="#475569"
          >
            {c}
          </text>
        ))}
        {props.rows.map((r, i) => (
          <g key={r.label} transform={`translate(0 ${18 + i * ROW})`}>
            <text x={LABEL - 6} y={14} textAnchor="end" fontSize="11" fill="#1e293b">
              {r.label.length > 32 ? `${r.label.slice(0, 31)}…` : r.label}
            </text>
            {r.cells.map((v, j) => {
              const level = heatLevel(v);
              return (
                <rect
                  key={props.columns[j]}
                  x={LABEL + j * CELL + 1}
                  y={1}
                  width={CELL - 2}
                  height={ROW - 2}
                  fill={level === null ? '#ffffff' : SHADES[level]}
                  stroke="#cbd5e1"
                >
                  <title>{`${r.label}, ${props.columns[j]}: ${v === null ? '–' : props.format(v)}`}</title>
                </rect>
              );
            })}
          </g>
        ))}
        <g transform={`translate(${LABEL} ${height - 26})`}>
          {SHADES.map((s, k) => (
            <g key={s} transform={`translate(${k * 80} 0)`}>
              <rect width="14" height="12" fill={s} stroke="#cbd5e1" />
              <text x="18" y="10" fontSize="9" fill="#475569">
                {props.legend[k]}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </ChartFrame>
  );
}
