import '../../styles/complaints.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { findCaller, staffCategories, staffDuplicates, takeComplaint } from '../../api/complaints.ts';
import { staffRoutingPreview } from '../../api/intake.ts';
import { AreaCombobox } from '../../components/complaints/AreaCombobox.tsx';
import { RoutingPreviewPanel } from '../../components/complaints/RoutingPreviewPanel.tsx';
import { useRoutingPreview } from '../../complaints/useRoutingPreview.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { FormError } from '../../forms/formErrors.ts';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { newIdempotencyKey } from '../../complaints/draftStore.ts';
import type { Caller, CategoryView, StaffComplaintBody } from '../../../shared/api/complaints.ts';

interface Entry {
  channel: StaffComplaintBody['channel'];
  phone: string;
  name: string;
  categoryCode: string;
  description: string;
  areaText: string;
  areaCode: string;
  address: string;
}

const empty = (channel: Entry['channel'] = 'hotline'): Entry => ({
  channel,
  phone: '',
  name: '',
  categoryCode: '',
  description: '',
  areaText: '',
  areaCode: '',
  address: '',
});

function fieldFor(path: string): string | undefined {
  if (path.startsWith('complainant/')) return path.slice('complainant/'.length);
  if (path === 'areaCode') return 'area';
  return path.split('/')[0] || undefined;
}

/**
 * The 1111 operator's screen, built for the keyboard: fields in the order a
 * call goes (phone first: a returning caller's earlier complaints appear
 * beside the form), the area typed and picked from the official list, likely
 * duplicates shown before saving, Ctrl+Enter saves and the form is ready for
 * the next call at once.
 */
export function OperatorConsolePage() {
  const { t, name } = useI18n();
  const [entry, setEntry] = useState<Entry>(empty());
  const [key, setKey] = useState(newIdempotencyKey());
  const [categories, setCategories] = useState<CategoryView[]>([]);
  const [callers, setCallers] = useState<Caller[] | null>(null);
  const [duplicates, setDuplicates] = useState<{ caseId: string; publicId: string }[]>([]);
  const [saved, setSaved] = useState<{ trackingCode: string; unit: string } | null>(null);
  const form = useFormSubmit(fieldFor);
  const formRef = useRef<HTMLFormElement>(null);
  // The keyboard shortcut may fire before the last keystroke's render: it reads the latest entry here.
  const latest = useRef(entry);
  const set = (patch: Partial<Entry>) => {
    // A corrected field loses its error at once; the others keep theirs until the next save.
    for (const field of Object.keys(patch)) form.clearError(field === 'areaText' ? 'area' : field);
    setEntry((current) => {
      latest.current = { ...current, ...patch };
      return latest.current;
    });
  };
  const preview = useRoutingPreview(staffRoutingPreview, {
    categoryCode: entry.categoryCode || null,
    description: entry.description,
    areaCode: entry.areaCode || null,
  });

  useEffect(() => {
    staffCategories()
      .then((list) => setCategories(list.items.filter((c) => c.active)))
      .catch(() => undefined);
  }, []);

  // A code typed as digits (a subdistrict's 6, a district's 4) stands for itself; a name is chosen from the list.
  const onAreaText = (value: string) => set({ areaText: value, areaCode: /^\d{2,6}$/.test(value.trim()) ? value.trim() : '' });

  const lookUpCaller = () => {
    if (entry.phone.replace(/\D/g, '').length < 9) return setCallers(null);
    findCaller(entry.phone)
      .then((list) => setCallers(list.items))
      .catch(() => setCallers(null));
  };

  const checkDuplicates = (patch: Partial<Entry> = {}) => {
    const next = { ...entry, ...patch };
    if (next.description.trim().length < 5 || !next.areaCode) return;
    staffDuplicates({ categoryCode: next.categoryCode || null, description: next.description, areaCode: next.areaCode, location: null })
      .then((list) => setDuplicates(list.items))
      .catch(() => undefined);
  };

  const validate = (): FormError[] => {
    const entry = latest.current;
    const errors: FormError[] = [];
    if (entry.description.trim().length < 5) errors.push({ field: 'description', text: t.complaints.descriptionMissing });
    if (entry.areaText.trim() && !entry.areaCode) errors.push({ field: 'area', text: t.complaints.areaNotFound });
    return errors;
  };

  const reset = (channel: Entry['channel']) => {
    latest.current = empty(channel);
    setEntry(latest.current);
  };

  const save = () => {
    const entry = latest.current;
    return form.submit(validate, async () => {
      const contact = {
        ...(entry.name.trim() ? { name: entry.name.trim() } : {}),
        ...(entry.phone.trim() ? { phone: entry.phone.trim() } : {}),
      };
      const created = await takeComplaint(
        {
          channel: entry.channel,
          categoryCode: entry.categoryCode || null,
          description: entry.description.trim(),
          areaCode: entry.areaCode || null,
          location: null,
          ...(entry.address.trim() ? { address: entry.address.trim() } : {}),
          complainant: Object.keys(contact).length > 0 ? contact : null,
        },
        key,
      );
      setSaved({ trackingCode: created.trackingCode, unit: name(created.unit.name) });
      reset(entry.channel);
      setKey(newIdempotencyKey());
      setCallers(null);
      setDuplicates([]);
    });
  };

  const focus = (id: string) => document.getElementById(id)?.focus();

  // Shortcuts, listed on the page: Alt+P phone, Alt+D description, Alt+A area, Alt+N new, Ctrl+Enter save.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault();
        void save();
      } else if (event.altKey && !event.ctrlKey) {
        const target = { p: 'phone', d: 'description', a: 'area' }[event.key.toLowerCase()];
        if (target) {
          event.preventDefault();
          focus(target);
        } else if (event.key.toLowerCase() === 'n') {
          event.preventDefault();
          reset(entry.channel);
          setSaved(null);
          setCallers(null);
          setDuplicates([]);
          focus('phone');
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div>
      <ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />
      <PageHeading title={t.complaints.consoleTitle} />
      <p class="hint shortcut-list" id="shortcuts">
        {t.complaints.consoleShortcuts}
      </p>
      {saved && (
        <div data-testid="saved">
          <Notice text={`${t.complaints.saved} ${saved.trackingCode} · ${t.complaints.sentTo} ${saved.unit}`} />
        </div>
      )}
      <div class="console">
        <form
          ref={formRef}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
          noValidate
        >
          <SelectField
            id="channel"
            label={t.complaints.channel}
            value={entry.channel}
            onChange={(value) => set({ channel: value as Entry['channel'] })}
            options={[
              { value: 'hotline', label: t.complaints.channelHotline },
              { value: 'mail', label: t.complaints.channelMail },
              { value: 'walk_in', label: t.complaints.channelWalkIn },
            ]}
          />
          <div onFocusOut={lookUpCaller}>
            <TextField
              id="phone"
              label={t.complaints.callerPhone}
              hint={t.complaints.callerPhoneHint}
              value={entry.phone}
              onInput={(value) => set({ phone: value })}
              width="medium"
              optional
              error={form.errorFor('phone')}
            />
          </div>
          <TextField
            id="name"
            label={t.complaints.name}
            value={entry.name}
            onInput={(value) => set({ name: value })}
            optional
            error={form.errorFor('name')}
          />
          <SelectField
            id="categoryCode"
            label={t.complaints.category}
            value={entry.categoryCode}
            onChange={(value) => set({ categoryCode: value })}
            options={[{ value: '', label: t.complaints.categoryAuto }, ...categories.map((c) => ({ value: c.code, label: name(c.name) }))]}
          />
          <div onFocusOut={() => checkDuplicates()}>
            <TextArea
              id="description"
              label={t.complaints.description}
              value={entry.description}
              onInput={(value) => set({ description: value })}
              rows={4}
              error={form.errorFor('description')}
            />
          </div>
          <AreaCombobox
            id="area"
            label={t.complaints.area}
            hint={t.complaints.areaHint}
            error={form.errorFor('area')}
            text={entry.areaText}
            onText={onAreaText}
            onChoose={(area) => {
              set({ areaText: name(area.label), areaCode: area.code });
              checkDuplicates({ areaCode: area.code });
            }}
          />
          <TextField
            id="address"
            label={t.complaints.address}
            value={entry.address}
            onInput={(value) => set({ address: value })}
            optional
          />
          {preview && (
            <RoutingPreviewPanel preview={preview} chosen={entry.categoryCode || null} onChoose={(code) => set({ categoryCode: code })} />
          )}
          <button type="submit" class="button" aria-busy={form.busy ? 'true' : undefined}>
            {t.complaints.save} (Ctrl+Enter)
          </button>
        </form>
        <aside class="console__aside" aria-live="polite">
          {callers && (
            <section data-testid="earlier">
              <h2 class="heading-s">{t.complaints.earlier}</h2>
              {callers.length === 0 ? (
                <p class="body">{t.complaints.noEarlier}</p>
              ) : (
                <ul class="list">
                  {callers.map((caller) => (
                    <li key={caller.caseId}>
                      <a href={`/cases/${caller.caseId}`}>{caller.trackingCode}</a> {caller.title}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
          {duplicates.length > 0 && (
            <section data-testid="duplicates">
              <h2 class="heading-s">{t.complaints.duplicatesTitle}</h2>
              <ul class="list">
                {duplicates.map((d) => (
                  <li key={d.caseId}>
                    <a href={`/cases/${d.caseId}`}>{t.complaints.duplicateRef(d.publicId)}</a>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}
