import type { AttachmentView } from '../../shared/api/cases.ts';
import { fileKind, kilobytes } from '../format/fileSize.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

/** Files with their kind and size, each a download from the API (which checks the reader may see the case). */
export function AttachmentList({ files }: { files: readonly AttachmentView[] }) {
  const { t, locale } = useI18n();
  return (
    <ul class="attachments">
      {files.map((file) => (
        <li class="attachments__item" key={file.id}>
          <a class="attachments__link" href={`/api/attachments/${file.id}`}>
            {file.filename}
          </a>{' '}
          <span class="attachments__meta">
            ({fileKind(file.contentType)}, {t.files.size(kilobytes(file.sizeBytes, locale))})
          </span>
        </li>
      ))}
    </ul>
  );
}
