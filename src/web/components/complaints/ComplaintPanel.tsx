import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { SummaryList } from '../SummaryList.tsx';
import { RecategoriseForm } from './RecategoriseForm.tsx';
import { complaintChannelNames } from '../../../shared/complaintChannels.ts';
import type { ContactList, ContactView, StaffComplaintView } from '../../../shared/api/complaints.ts';

/**
 * A complaint's own facts on its case page: tracking code, category, place,
 * photos, and, for the unit handling it only, the complainant's contact
 * details behind a button (each opening is recorded).
 */
export function ComplaintPanel({ caseId }: { caseId: string }) {
  const { t, name } = useI18n();
  const [complaint, setComplaint] = useState<StaffComplaintView | null>(null);
  const [contacts, setContacts] = useState<ContactView[] | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    api
      .get<StaffComplaintView>(`/api/complaints/${caseId}`)
      .then(setComplaint)
      .catch(() => setComplaint(null));
  }, [caseId, version]);
  if (!complaint) return null;
  const show = () =>
    api
      .get<ContactList>(`/api/complaints/${caseId}/complainants`)
      .then((list) => setContacts(list.items))
      .catch(() => setContacts([]));
  return (
    <section aria-labelledby="complaint-title">
      <h2 class="heading-m" id="complaint-title">
        {t.complaints.panelTitle}
      </h2>
      <SummaryList
        rows={[
          complaint.trackingCode !== null
            ? { key: t.complaints.code, value: complaint.trackingCode }
            : { key: t.complaints.publicRef, value: complaint.publicId },
          { key: t.complaints.category, value: name(complaint.category) },
          {
            key: t.complaints.channel,
            value: name(complaintChannelNames[complaint.channel] ?? { th: complaint.channel, en: complaint.channel }),
          },
          ...(complaint.address ? [{ key: t.complaints.address, value: complaint.address }] : []),
          ...(complaint.location ? [{ key: t.complaints.mapPoint, value: `${complaint.location.lat}, ${complaint.location.lon}` }] : []),
          ...(complaint.rating !== null ? [{ key: t.complaints.rated, value: `${complaint.rating} / 5` }] : []),
        ]}
      />
      {complaint.photoIds.length > 0 && (
        <p class="body">
          {complaint.photoIds.map((id, index) => (
            <a key={id} href={`/api/attachments/${id}`} class="complaint-photo">
              <img src={`/api/attachments/${id}`} alt={`${t.complaints.photos} ${index + 1}`} width={120} />
            </a>
          ))}
        </p>
      )}
      {complaint.allowed.reply && (
        <p class="body">
          <a class="button button--secondary" href={`/complaints/${caseId}/reply`}>
            {t.citizenClose.replyLink}
          </a>
        </p>
      )}
      {complaint.allowed.recategorise && (
        <RecategoriseForm
          caseId={caseId}
          version={complaint.version}
          currentCode={complaint.category.code}
          onChanged={() => setVersion((n) => n + 1)}
        />
      )}
      {complaint.allowed.readComplainants && contacts === null && (
        <button type="button" class="button button--secondary" onClick={() => void show()}>
          {t.complaints.showContacts}
        </button>
      )}
      {contacts !== null && (
        <div data-testid="complainants">
          {contacts.length === 0 ? (
            <p class="body">{t.complaints.noContacts}</p>
          ) : (
            contacts.map((contact) => (
              <SummaryList
                key={contact.id}
                rows={[
                  { key: t.complaints.name, value: contact.name ?? '—' },
                  { key: t.complaints.phone, value: contact.phone ?? '—' },
                  { key: t.complaints.email, value: contact.email ?? '—' },
                  ...(contact.citizenId ? [{ key: t.complaints.citizenId, value: contact.citizenId }] : []),
                ]}
              />
            ))
          )}
          <p class="hint">{t.complaints.contactsLogged}</p>
        </div>
      )}
    </section>
  );
}
