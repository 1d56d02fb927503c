import '../../styles/adminOrg.css';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { testRouting, type RoutingTestResult } from '../../api/adminOrg.ts';
import { staffCategories } from '../../api/complaints.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SummaryList } from '../../components/SummaryList.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { AreaPicker, chosenAreaCode, noArea, type AreaChoice } from './AreaPicker.tsx';
import { areaLabelText } from './areaLabelText.ts';
import { Breadcrumbs } from './Breadcrumbs.tsx';
import { useRuleWords } from './RoutingRulesPage.tsx';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useAdminOrgWords } from './useAdminOrgWords.ts';

const fieldOf = (path: string) => ({ categoryCode: 'categoryCode', areaCode: 'province', text: 'text' })[path.split('/')[0]!];

/** The answer: the unit in large type, then the category, the area and what decided. Takes focus so it is heard. */
function TestAnswer({ result }: { result: RoutingTestResult }) {
  const { name, locale } = useI18n();
  const adminOrg = useAdminOrgWords();
  const words = adminOrg.tester;
  const rule = useRuleWords();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => ref.current?.focus(), [result]);
  const because = result.rule ? words.rule(rule.category(result.rule), rule.area(result.rule)) : words.routedBy[result.routedBy];
  return (
    <div class="org-result" ref={ref} tabIndex={-1} role="status" aria-labelledby="result-title">
      <h2 class="heading-m" id="result-title">
        {words.resultTitle}
      </h2>
      <p class="body">{words.goesTo}</p>
      <p class="org-result__unit">{name(result.unit.name)}</p>
      <SummaryList
        rows={[
          { key: words.categoryIs, value: `${name(result.category.name)} (${words.chosenBy[result.categoryChosenBy]})` },
          { key: words.areaIs, value: result.area.length > 0 ? areaLabelText(result.area, locale) : adminOrg.rules.wholeCountry },
          { key: words.decidedBy, value: because },
        ]}
      />
    </div>
  );
}

/**
 * `/admin/routing-rules/test`: "where would this complaint go?". The server answers with the same
 * functions intake uses, so what it says is where a complaint filed now would go.
 */
export function RoutingTesterPage() {
  const { name } = useI18n();
  const adminOrg = useAdminOrgWords();
  const words = adminOrg.tester;
  const categories = useResource(() => staffCategories(), []);
  const [category, setCategory] = useState('');
  const [text, setText] = useState('');
  const [area, setArea] = useState<AreaChoice>(noArea);
  const [result, setResult] = useState<RoutingTestResult | null>(null);
  const form = useFormSubmit(fieldOf);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    setResult(null);
    void form.submit(
      () => (category || text.trim() ? [] : [{ field: 'categoryCode', text: words.chooseSomething }]),
      async () => {
        setResult(await testRouting({ categoryCode: category || null, areaCode: chosenAreaCode(area), text: text.trim() || undefined }));
      },
    );
  };
  const corrected = () => {
    form.clearError('categoryCode');
    form.clearError('text');
  };
  return (
    <div class="narrow">
      <Breadcrumbs
        trail={[
          { href: '/admin', text: adminOrg.breadcrumbAdmin },
          { href: '/admin/routing-rules', text: adminOrg.rules.title },
        ]}
      />
      <ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />
      <PageHeading title={words.title} />
      <p class="lead">{words.lead}</p>
      <form onSubmit={onSubmit} noValidate>
        <SelectField
          id="categoryCode"
          label={words.category}
          error={form.errorFor('categoryCode')}
          value={category}
          onChange={(value) => {
            setCategory(value);
            corrected();
          }}
          options={[
            { value: '', label: words.byText },
            ...(categories.data?.items ?? []).filter((c) => c.active).map((c) => ({ value: c.code, label: name(c.name) })),
          ]}
        />
        <TextArea
          id="text"
          label={words.text}
          hint={words.textHint}
          optional
          rows={3}
          error={form.errorFor('text')}
          value={text}
          onInput={(value) => {
            setText(value);
            corrected();
          }}
        />
        <AreaPicker value={area} error={form.errorFor('province')} onChange={setArea} />
        <button type="submit" class="button" disabled={form.busy}>
          {words.submit}
        </button>
      </form>
      {result && <TestAnswer result={result} />}
    </div>
  );
}
