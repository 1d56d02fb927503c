import '../../styles/adminOrg.css';
import { useState } from 'preact/hooks';
import { listNamedRoutingRules, removeRoutingRule, type RoutingRuleView } from '../../api/adminOrg.ts';
import type { ApiError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { takeFlash } from '../../hooks/flash.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { areaLabelText } from './areaLabelText.ts';
import { Breadcrumbs } from './Breadcrumbs.tsx';
import { useAdminOrgWords } from './useAdminOrgWords.ts';

/** A rule's category and area in words: "ไฟฟ้าแสงสว่าง · เขตดุสิต กรุงเทพมหานคร". */
export function useRuleWords() {
  const { name, locale } = useI18n();
  const adminOrg = useAdminOrgWords();
  const words = adminOrg.rules;
  return {
    category: (rule: RoutingRuleView) => (rule.category ? name(rule.category) : words.anyCategory),
    area: (rule: RoutingRuleView) => (rule.area.length > 0 ? areaLabelText(rule.area, locale) : words.wholeCountry),
  };
}

/** `/admin/routing-rules`: every rule in names (category × area → unit), each removable; adding and testing are their own pages. */
export function RoutingRulesPage() {
  const { name, locale } = useI18n();
  const adminOrg = useAdminOrgWords();
  const words = adminOrg.rules;
  const describe = useRuleWords();
  const rules = useResource(() => listNamedRoutingRules(), []);
  const [notice, setNotice] = useState(takeFlash);
  const [failure, setFailure] = useState<{ error: ApiError; attempt: number } | null>(null);
  if (rules.error) return <LoadError error={rules.error} retry={rules.reload} />;
  const remove = async (rule: RoutingRuleView) => {
    try {
      await removeRoutingRule(rule.id);
      setFailure(null);
      setNotice(words.removed(`${describe.category(rule)} · ${describe.area(rule)}`));
      rules.reload();
    } catch (error) {
      setFailure({ error: error as ApiError, attempt: (failure?.attempt ?? 0) + 1 });
    }
  };
  return (
    <div>
      <Breadcrumbs trail={[{ href: '/admin', text: adminOrg.breadcrumbAdmin }]} />
      {failure && <ErrorSummary errors={[]} message={failure.error.text(locale)} attempt={failure.attempt} />}
      {notice && <Notice text={notice} />}
      <PageHeading title={words.title} />
      <p class="lead">{words.lead}</p>
      <a class="button" href="/admin/routing-rules/new">
        {words.add}
      </a>
      <p class="body">
        <a href="/admin/routing-rules/test">{words.test}</a>
      </p>
      {!rules.data ? (
        <Loading />
      ) : rules.data.items.length === 0 ? (
        <p class="body">{words.none}</p>
      ) : (
        <>
          <h2 class="heading-m">{words.count(rules.data.items.length.toLocaleString(locale === 'th' ? 'th-TH' : 'en-GB'))}</h2>
          <ul class="org-list">
            {rules.data.items.map((rule) => (
              <li class="org-item" key={rule.id}>
                <dl class="summary-list">
                  <div class="summary-list__row">
                    <dt class="summary-list__key">{words.category}</dt>
                    <dd class="summary-list__value">{describe.category(rule)}</dd>
                  </div>
                  <div class="summary-list__row">
                    <dt class="summary-list__key">{words.area}</dt>
                    <dd class="summary-list__value">{describe.area(rule)}</dd>
                  </div>
                  <div class="summary-list__row">
                    <dt class="summary-list__key">{words.unit}</dt>
                    <dd class="summary-list__value">
                      <strong>{name(rule.unit.name)}</strong>
                    </dd>
                  </div>
                </dl>
                <button type="button" class="button button--secondary button--small" onClick={() => void remove(rule)}>
                  {words.remove}
                  <span class="visually-hidden">
                    {' '}
                    {describe.category(rule)} {describe.area(rule)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
