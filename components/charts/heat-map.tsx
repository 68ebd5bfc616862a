import { wrapLabel } from '@/lib/charts/labels';
import { heatLevel } from '@/lib/domain/dashboard';
import { ChartFrame } from './chart-frame';

const SHADES = ['#fee2e2', '#fde68a', '#d9f99d', '#86efac', '#16a34a'] as const;
const CELL = 34;
const ROW = 28;
const LABEL = 210;
const LABEL_CHARS = 28;

/** The cells of one row as one path per shade (no value: white). */
function cellPaths(cells: (number | null)[]): [fill: string, d: string][] {
  const byFill = new Map<string, string>();
  cells.forEach((v, j) => {
    const level = heatLevel(v);
    const fill = level === null ? '#fff' : (SHADES[level] as string);
    byFill.set(
      fill,
      `${byFill.get(fill) ?? ''}M${LABEL + j * CELL + 1} 2h${CELL - 2}v${ROW - 4}h${2 - CELL}z`,
    );
  });
  return [...byFill];
}

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
  const height = props.rows.length * ROW + 22;
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
        {props.rows.map((r, i) => {
          const lines = wrapLabel(r.label, LABEL_CHARS);
          return (
            <g key={r.label} transform={`translate(0 ${18 + i * ROW})`} data-testid="heat-row">
              <title>{r.label}</title>
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
              {/* One path per shade: a cell's week and value are in the table beside the chart, the row's
                  <title> names the unit (per-cell elements were most of the page, sent twice: in the HTML
                  and in the RSC payload). */}
              {cellPaths(r.cells).map(([fill, d]) => (
                <path key={fill} d={d} fill={fill} stroke="#cbd5e1" />
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="legend">
        {SHADES.map((s, k) => (
          <li key={s} className="flex items-center gap-1">
            <span
              className="inline-block h-3 w-3 shrink-0 border border-slate-400"
              style={{ backgroundColor: s }}
            />
            {props.legend[k]}
          </li>
        ))}
      </ul>
    </ChartFrame>
  );
}
