import { metricLabel } from "../format.js";

interface Figure {
  id: string;
  metric: string;
  value: number;
  unit: string;
  claimant: { id: string; name: string } | null;
}

const colors = ["#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2"];
const labelWidth = 250;
const barWidth = 360;
const barHeight = 22;
const groupGap = 18;

/**
 * One group of bars per metric, one bar per claimant in it, so competing claims sit side by side.
 * Bars are scaled within their unit: drones are not compared with people.
 */
export function FigureChart({ figures }: { figures: Figure[] }) {
  const claimants = [...new Set(figures.map((figure) => figure.claimant?.name ?? "unattributed"))];
  const metrics = [...new Set(figures.map((figure) => `${figure.metric} (${figure.unit})`))];
  const largest = new Map<string, number>();
  for (const { unit, value } of figures) largest.set(unit, Math.max(largest.get(unit) ?? 0, Math.abs(value)));
  let y = 0;
  const groups = metrics.map((key) => {
    const bars = figures.filter((figure) => `${figure.metric} (${figure.unit})` === key);
    const top = y;
    y += bars.length * barHeight + groupGap;
    return { key, top, bars };
  });
  const height = y + 24;
  return (
    <svg className="chart" viewBox={`0 0 ${labelWidth + barWidth + 120} ${height}`} role="img" aria-label="Figures by claimant">
      {groups.map(({ key, top, bars }) => (
        <g key={key}>
          <text x={0} y={top + 15} className="metric">
            {metricLabel(bars[0]!.metric)}
          </text>
          {bars.map((figure, i) => {
            const claimant = figure.claimant?.name ?? "unattributed";
            const width = (Math.abs(figure.value) / (largest.get(figure.unit) || 1)) * barWidth;
            const barTop = top + i * barHeight;
            return (
              <g key={figure.id} aria-label={`${claimant}: ${figure.value} ${figure.unit} ${metricLabel(figure.metric)}`}>
                <rect x={labelWidth} y={barTop} width={width} height={barHeight - 4} fill={colors[claimants.indexOf(claimant) % colors.length]}>
                  <title>{`${claimant}: ${figure.value.toLocaleString("en")} ${figure.unit}`}</title>
                </rect>
                <text x={labelWidth + width + 6} y={barTop + 14} className="value">
                  {figure.value.toLocaleString("en")} {figure.unit}
                </text>
              </g>
            );
          })}
        </g>
      ))}
      <g transform={`translate(${labelWidth}, ${height - 12})`}>
        {claimants.map((claimant, i) => (
          <g key={claimant} transform={`translate(${i * 180}, 0)`}>
            <rect y={-10} width={12} height={12} fill={colors[i % colors.length]} />
            <text x={18} className="legend">
              {claimant}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
