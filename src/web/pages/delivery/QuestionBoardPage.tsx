import { listQuestions } from '../../api/delivery.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Tag } from '../../components/StatusTag.tsx';
import '../../components/delivery/delivery.css';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';

/** The parliamentary questions board: each open question, its answering ministry, its deadline and the days left or overdue. */
export function QuestionBoardPage() {
  const { t, name, date } = useI18n();
  const loaded = useResource(listQuestions, []);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const items = loaded.data.items;
  const words = t.delivery.question;
  return (
    <>
      <PageHeading title={words.boardTitle} />
      <p class="body">{words.boardLead}</p>
      {items.length === 0 ? (
        <p class="body">{words.empty}</p>
      ) : (
        <div class="table-wrap">
          <table class="table question-board">
            <thead>
              <tr>
                <th scope="col">{words.titleColumn}</th>
                <th scope="col">{words.answeringUnit}</th>
                <th scope="col">{words.deadline}</th>
                <th scope="col">{words.status}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((q) => (
                <tr key={q.id} data-ref={q.ref}>
                  <th scope="row">
                    <a href={`/cases/${q.id}`}>{q.title}</a>
                    <br />
                    <span class="hint">
                      {q.ref} · {q.askingMember}
                    </span>
                  </th>
                  <td>{q.answeringUnit ? name(q.answeringUnit.name) : '—'}</td>
                  <td class="nowrap">{date(q.answerDeadline)}</td>
                  <td>
                    {q.answeredOn ? (
                      <Tag tone="green">{words.answeredTag}</Tag>
                    ) : q.overdue ? (
                      <span class="deadline--overdue">{words.overdue(-q.daysLeft)}</span>
                    ) : (
                      <span>{words.daysLeft(q.daysLeft)}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
