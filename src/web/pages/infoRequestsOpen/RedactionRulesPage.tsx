import '../../styles/adminOrg.css';
import { useState } from 'preact/hooks';
import { addRule, listRules, removeRule } from '../../api/infoRequestOpen.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import { Breadcrumbs } from '../adminOrg/Breadcrumbs.tsx';
import { RedactionRuleFields } from './RedactionRuleFields.tsx';
import { useInfoRequestOpenWords } from './useInfoRequestOpenWords.ts';

/**
 * `/admin/redaction-rules`: the site-wide rules (administrators) and the agencies' rules in reach
 * (a coordinator adds their own agency's). A request's and a requester's rules are kept on the
 * request's publish page.
 */
export function RedactionRulesPage() {
  const { locale } = useI18n();
  const words = useInfoRequestOpenWords();
  const { session } = useSession();
  const isAdmin = session.user.role === 'admin';
  const rules = useResource(() => listRules(), []);
  const submit = useFormSubmit();
  const [scope, setScope] = useState<'site' | 'agency'>(isAdmin ? 'site' : 'agency');
  const [pattern, setPattern] = useState('');
  const [replacement, setReplacement] = useState('');
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  if (rules.error) return <LoadError error={rules.error} retry={rules.reload} />;
  const unitName = locale === 'en' && session.user.unit.name.en ? session.user.unit.name.en : session.user.unit.name.th;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit.submit(
      () => (pattern.trim() ? [] : [{ field: 'pattern', text: words.patternRequired }]),
      async () => {
        await addRule({
          scope,
          ...(scope === 'agency' ? { unitId: session.user.unit.id } : {}),
          pattern: pattern.trim(),
          ...(replacement.trim() ? { replacement: replacement.trim() } : {}),
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        });
        setPattern('');
        setReplacement('');
        setReason('');
        setNotice(words.ruleAdded);
        rules.reload();
      },
    );
  };
  return (
    <div>
      <Breadcrumbs trail={[{ href: '/admin', text: words.breadcrumbAdmin }]} />
      {notice && <Notice text={notice} />}
      <PageHeading title={words.adminTitle} />
      <p class="lead">{words.adminLead}</p>
      {!rules.data ? (
        <Loading />
      ) : rules.data.items.length === 0 ? (
        <p class="body">{words.noRules}</p>
      ) : (
        <ul class="org-list">
          {rules.data.items.map((rule) => (
            <li class="org-item" key={rule.id}>
              <h2 class="org-item__title">
                “{rule.pattern}” → {rule.replacement}
              </h2>
              <p class="org-item__meta">
                {words.scopes[rule.scope]}
                {rule.unit ? ` · ${rule.unit.nameTh} (${rule.unit.code})` : ''}
                {rule.reason ? ` · ${rule.reason}` : ''}
              </p>
              {rule.canDelete && (
                <p class="org-item__actions">
                  <button type="button" class="button button--secondary" onClick={() => void removeRule(rule.id).then(rules.reload)}>
                    {words.removeRule}
                    <span class="visually-hidden"> {rule.pattern}</span>
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2 class="heading-m">{words.addRule}</h2>
      <ErrorSummary errors={submit.errors} message={submit.message} attempt={submit.attempt} />
      <form onSubmit={onSubmit} noValidate>
        <RadioGroup
          id="rule-scope"
          legend={words.ruleScope}
          value={scope}
          onChange={(value) => setScope(value as 'site' | 'agency')}
          options={[...(isAdmin ? [{ value: 'site', label: words.scopes.site }] : []), { value: 'agency', label: words.ownUnit(unitName) }]}
        />
        <RedactionRuleFields
          pattern={pattern}
          onPattern={setPattern}
          replacement={replacement}
          onReplacement={setReplacement}
          patternError={submit.errorFor('pattern')}
        />
        <TextField id="reason" label={words.reason} value={reason} onInput={setReason} optional maxLength={500} />
        <button type="submit" class="button" disabled={submit.busy}>
          {words.addRule}
        </button>
      </form>
    </div>
  );
}
