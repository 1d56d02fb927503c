import type { LeagueTable } from '../../api/league.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { count, percent } from './leagueFormat.ts';

/**
 * How the table was made, in plain words, with the formula and worked examples computed by the
 * server with the very function that scored the table, so the page cannot state another rule.
 */
export function LeagueMethod({ method }: { method: LeagueTable['method'] }) {
  const { t, locale } = useI18n();
  const words = t.league.method;
  const n = (value: number) => count(value, locale);
  const p = (value: number) => percent(value, locale);
  return (
    <section class="league-method" aria-labelledby="league-method-title">
      <h2 class="heading-m" id="league-method-title">
        {words.title}
      </h2>
      <p class="body">{words.why}</p>
      <p class="body">
        <strong>{words.formulaLabel}:</strong>
      </p>
      <p class="league-formula">
        <code>{words.formula}</code>
      </p>
      <p class="body">{words.where(method.z)}</p>
      <p class="body">{words.ghost}</p>
      <h3 class="heading-s">{words.examplesTitle}</h3>
      <ul class="list list--bullet">
        {method.examples.map((example) => (
          <li key={`${example.received}-${example.resolved}-${example.reopened}`}>
            {example.reopened > 0
              ? words.ghostExample(
                  n(example.received),
                  n(example.resolved),
                  n(example.reopened),
                  n(example.resolved - example.reopened),
                  p(example.score),
                )
              : words.example(n(example.resolved), n(example.received), p(example.rate), p(example.score))}
          </li>
        ))}
      </ul>
      <p class="body">{words.minimum(method.minimumReceived, method.minimumDirectiveDecided)}</p>
      <p class="body">{words.acknowledgement}</p>
      <p class="body">{words.people(method.peopleUnits.join(', '))}</p>
    </section>
  );
}
