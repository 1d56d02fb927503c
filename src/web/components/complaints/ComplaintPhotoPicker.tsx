import { ApiError } from '../../api/client.ts';
import { uploadPhoto } from '../../api/complaints.ts';
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { FileField } from '../FileField.tsx';
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
  // The photos sent from this page, listed by name and size under the button (the count survives a reload in the draft).
  const [sent, setSent] = useState<File[]>([]);

  const onPhotos = async (files: File[]) => {
    if (files.length === 0) return;
    const room = complaintLimits.photosMax - count;
    setUploading(true);
    try {
      const ids: string[] = [];
      const uploaded: File[] = [];
      for (const file of files.slice(0, room)) {
        ids.push((await uploadPhoto(file)).id);
        uploaded.push(file);
      }
      setSent((current) => [...current, ...uploaded]);
      onUploaded(ids);
    } catch (failure) {
      if (failure instanceof ApiError) onRefused(failure.text(locale));
    } finally {
      setUploading(false);
    }
  };

  // The staff forms' file control: a button and "no file chosen" in the page's language, never the browser's own.
  return (
    <FileField
      id="photos"
      label={t.complaints.photos}
      hint={`${t.complaints.photosHint} (${count}/${complaintLimits.photosMax})`}
      files={sent}
      onChange={(files) => void onPhotos(files)}
      accept="image/*"
      error={error}
      disabled={uploading || count >= complaintLimits.photosMax}
    />
  );
}
