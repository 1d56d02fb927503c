import '../../styles/admin.css';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useInfoRequestOpenWords } from '../infoRequestsOpen/useInfoRequestOpenWords.ts';

/** Every administration page, in the order an administrator setting up an office needs them. */
const adminPages = [
  ['users', '/admin/users'],
  ['units', '/admin/units'],
  ['routingRules', '/admin/routing-rules'],
  ['categories', '/complaints/categories'],
  ['searchSynonyms', '/admin/search-synonyms'],
  ['disclosureGrounds', '/admin/disclosure-grounds'],
  ['open311', '/admin/open311-keys'],
  ['tokens', '/admin/tokens'],
  ['openData', '/admin/open-data'],
  ['audit', '/admin/audit'],
  ['classifier', '/admin/classifier'],
  ['holidays', '/admin/holidays'],
  ['infoRequestServiceLevels', '/admin/info-request-service-levels'],
] as const;

/** `/admin`: the one way in to administration from the main menu (issue 13, item 13), each page with what it is for. */
export function AdminIndexPage() {
  const { t } = useI18n();
  const words = t.adminPeople.index;
  const [rulesTitle, rulesDescription] = useInfoRequestOpenWords().adminIndex;
  return (
    <>
      <PageHeading title={words.title} />
      <p class="lead">{words.lead}</p>
      <ul class="work-list admin-list">
        {adminPages.map(([key, href]) => {
          const [title, description] = words.pages[key];
          return (
            <li class="work-item" key={key}>
              <h2 class="work-item__title">
                <a href={href}>{title}</a>
              </h2>
              <p class="work-item__meta">{description}</p>
            </li>
          );
        })}
        <li class="work-item" key="redactionRules">
          <h2 class="work-item__title">
            <a href="/admin/redaction-rules">{rulesTitle}</a>
          </h2>
          <p class="work-item__meta">{rulesDescription}</p>
        </li>
      </ul>
    </>
  );
}
