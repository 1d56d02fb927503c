import { kilobytes } from '../format/fileSize.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { describedBy, FormGroup } from './FormGroup.tsx';

interface Props {
  id: string;
  label: string;
  hint: string;
  files: readonly File[];
  onChange(files: File[]): void;
  accept: string;
  error?: string | undefined;
  /** One file that must be given (an import), rather than optional evidence files. */
  single?: boolean;
  /** Nothing more may be chosen now (an upload is running, or the limit is reached). */
  disabled?: boolean;
}

/**
 * Choose evidence files. The browser's own file button speaks the browser's
 * language ("Choose Files" on a Thai page), so the input is hidden from view
 * (still focusable) behind a button-styled label in the page's language; the
 * chosen files are listed with their sizes to check before sending.
 */
export function FileField({ id, label, hint, files, onChange, accept, error, single, disabled }: Props) {
  const { t, locale } = useI18n();
  return (
    <FormGroup id={id} label={label} hint={hint} error={error} optional={!single}>
      <input
        class="file-upload visually-hidden-focusable"
        id={id}
        name={id}
        type="file"
        multiple={!single}
        accept={accept}
        disabled={disabled}
        onChange={(event) => onChange([...(event.currentTarget.files ?? [])])}
        aria-describedby={describedBy(id, hint, error)}
      />
      <label class={`button button--secondary file-upload__button${error ? ' input--error' : ''}`} for={id}>
        {t.progress.chooseFiles}
      </label>
      <div aria-live="polite">
        {files.length === 0 ? (
          <p class="hint file-list">{t.progress.noFiles}</p>
        ) : (
          <ul class="list file-list">
            {files.map((file) => (
              <li key={`${file.name}-${file.size}-${file.lastModified}`}>
                {file.name} <span class="attachments__meta">({t.files.size(kilobytes(file.size, locale))})</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </FormGroup>
  );
}
