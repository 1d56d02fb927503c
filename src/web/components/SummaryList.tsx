import type { ComponentChildren } from 'preact';

/** Key facts as term and value pairs (GOV.UK summary list), stacked on narrow screens. */
export function SummaryList({ rows }: { rows: { key: string; value: ComponentChildren }[] }) {
  return (
    <dl class="summary-list">
      {rows.map((row) => (
        <div class="summary-list__row" key={row.key}>
          <dt class="summary-list__key">{row.key}</dt>
          <dd class="summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
