import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorKind } from '../api/errors';
import type { ImportJob } from '../api/types';
import { isRunning } from './jobs';
import { ImportJobPanel } from './ImportJobPanel';

/** What the upload's refusal says: the problem's detail and each field's message. */
export function problemMessages(error: unknown, fallback: string): string[] {
  if (!(error instanceof ApiError)) return [fallback];
  const { detail, title, errors } = error.problem;
  const messages = [detail ?? '', ...(errors ?? []).map((e) => e.message)].filter((m) => m.trim() !== '');
  return messages.length > 0 ? [...new Set(messages)] : [title ?? fallback];
}

interface FileImportProps {
  /** File types offered by the chooser, as for `<input accept>`. */
  accept: string;
  /** Sends the file as it is; resolves to the job the server started (finished or still running). */
  upload: (file: File, dryRun: boolean) => Promise<ImportJob>;
  /** Told once when a job has ended. */
  onFinished?: (job: ImportJob) => void;
}

/**
 * A file import as the server runs it: choose the file, «Только проверить» or load it all-or-nothing,
 * then the job's progress, outcome, counts and refused rows. Used for values, assessment results and
 * campaign templates alike.
 */
export function FileImport({ accept, upload, onFinished }: FileImportProps) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File>();
  const [dryRun, setDryRun] = useState(false);
  const [job, setJob] = useState<ImportJob>();
  const mutation = useMutation({ mutationFn: ({ chosen, dry }: { chosen: File; dry: boolean }) => upload(chosen, dry) });

  const start = () => {
    if (!file) return;
    setJob(undefined);
    mutation.mutate({ chosen: file, dry: dryRun }, { onSuccess: setJob });
  };
  const finished = (ended: ImportJob) => {
    setJob(ended);
    onFinished?.(ended);
  };
  const busy = mutation.isPending || isRunning(job);

  return (
    <Flex vertical gap={16} data-testid="file-import">
      <Flex vertical gap={12}>
        <Upload
          accept={accept}
          maxCount={1}
          beforeUpload={(chosen) => {
            setFile(chosen);
            mutation.reset();
            return false;
          }}
          onRemove={() => setFile(undefined)}
          fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
        >
          <Button icon={<UploadOutlined />}>{t('valueImport.upload.choose')}</Button>
        </Upload>
        <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)}>
          {t('valueImport.upload.dryRun')}
        </Checkbox>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(dryRun ? 'valueImport.upload.dryRunHint' : 'valueImport.upload.allOrNothing')}
        </Typography.Text>
        <div>
          <Button type="primary" disabled={!file || busy} loading={mutation.isPending} onClick={start}>
            {t(dryRun ? 'valueImport.upload.check' : 'valueImport.upload.load')}
          </Button>
        </div>
        {mutation.isError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t(errorKind(mutation.error) === 'connection' ? 'errors.connection.title' : 'valueImport.upload.refused')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {problemMessages(mutation.error, t('errors.generic.subtitle')).map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            }
            data-testid="import-error"
          />
        )}
      </Flex>
      {job && <ImportJobPanel key={job.id} job={job} onFinished={finished} />}
    </Flex>
  );
}
