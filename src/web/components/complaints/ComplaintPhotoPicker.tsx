import { ApiError } from '../../api/client.ts';
import { uploadPhoto } from '../../api/complaints.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { complaintLimits } from '../../../shared/complaintLimits.ts';

interface Props {
  /** Photos already uploaded for this draft. */
  count: number;
  uploading: boolean;
  error: string | undefined;
  setUploading(uploading: boolean): void;
  /** The chosen photos were uploaded: their attachment ids. */
  onUploaded(ids: string[]): void;
  /** An upload was refused (too large, not an image): the API's message in the reader's language. */
  onRefused(text: string): void;
}

/**
 * The public complaint form's photos: each is uploaded as soon as it is
 * chosen, so a slow connection spends its time while the citizen is still
 * typing, and at most `complaintLimits.photosMax` per complaint, the limit
 * the server checks too.
 */
export function ComplaintPhotoPicker({ count, uploading, error, setUploading, onUploaded, onRefused }: Props) {
  const { t, locale } = useI18n();

  const onPhotos = async (files: FileList | null) => {
    if (!files) return;
    const room = complaintLimits.photosMax - count;
    setUploading(true);
    try {
      const ids: string[] = [];
      for (const file of [...files].slice(0, room)) ids.push((await uploadPhoto(file)).id);
      onUploaded(ids);
    } catch (failure) {
      if (failure instanceof ApiError) onRefused(failure.text(locale));
    } finally {
      setUploading(false);
    }
  };

  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <label class="label" for="photos">
        {t.complaints.photos} <span class="label__optional">{t.optional}</span>
      </label>
      <div class="hint" id="photos-hint">
        {t.complaints.photosHint} ({count}/{complaintLimits.photosMax})
      </div>
      {error && (
        <p class="error-message" id="photos-error">
          {error}
        </p>
      )}
      <input
        class="file-input"
        id="photos"
        name="photos"
        type="file"
        accept="image/*"
        multiple
        disabled={uploading || count >= complaintLimits.photosMax}
        aria-describedby="photos-hint"
        onChange={(event) => void onPhotos(event.currentTarget.files)}
      />
    </div>
  );
}
