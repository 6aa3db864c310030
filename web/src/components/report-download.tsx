import { useState } from 'react';
import { ApiError, toApiError } from '../api/client.js';
import { downloadReport } from '../api/download.js';
import { useI18n } from '../i18n/i18n.js';

/** A report the server makes, fetched with this tab's session: whether it is on its way, what came of it. */
export function useReportDownload() {
  const { t } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async (path: string) => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const file = await downloadReport(path);
      setStatus(t('report.saved', { file }));
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  return { status, error, busy, download };
}
