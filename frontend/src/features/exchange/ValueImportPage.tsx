import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Grid, Row, Segmented, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorKind } from '../../shared/api/errors';
import { ForbiddenPage } from '../../shared/errors/ErrorResult';
import { TemplateButton } from '../../shared/files/TemplateButton';
import { PageHeader } from '../../shared/layout/PageHeader';
import { FileImport } from '../../shared/imports/FileImport';
import { XLSX } from '../../shared/imports/jobs';
import { useCurrentUser } from '../../shared/me/CurrentUser';
import { useIndicators } from '../../shared/reference/indicators';
import { indicatorOption } from '../../shared/ui/IndicatorOption';
import { useDownloadValueTemplate, useExportValues, useImportAssessment, useImportValues, type ValuesExportQuery } from './api';
import { ImportHistory } from './ImportHistory';

/**
 * «Загрузка значений»: a CSV or JSON file of values by codes, or assessment (ВПР) results as counts of marks,
 * checked or loaded all-or-nothing as a job whose progress is followed; the format is described next to it,
 * for values with an export to start from; below, the organisation's past uploads.
 */
export default function ValueImportPage() {
  const me = useCurrentUser();
  // Schools fill their forms; files of values are loaded by the levels above them.
  return me.role === 'SCHOOL' ? <ForbiddenPage /> : <ValueImport />;
}

type Mode = 'values' | 'assessment';

function ValueImport() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const mode: Mode = params.get('mode') === 'assessment' ? 'assessment' : 'values';
  const importValues = useImportValues();
  const importAssessment = useImportAssessment();
  const downloadTemplate = useDownloadValueTemplate();
  // On a phone the two modes do not fit side by side: stacked, so that the page never scrolls sideways.
  const phone = Grid.useBreakpoint().md === false;
  return (
    <>
      <PageHeader title={t('valueImport.title')} subtitle={t('valueImport.subtitle')} />
      <Segmented<Mode>
        aria-label={t('valueImport.modes.label')}
        vertical={phone}
        value={mode}
        onChange={(next) => setParams(next === 'values' ? {} : { mode: next })}
        options={[
          { value: 'values', label: t('valueImport.modes.values') },
          { value: 'assessment', label: t('valueImport.modes.assessment') },
        ]}
        style={{ marginBottom: 16 }}
      />
      <Row gutter={[16, 16]} data-testid="import-page">
        <Col xs={24} xl={14}>
          <Card size="small" title={t(mode === 'values' ? 'valueImport.upload.title' : 'valueImport.upload.assessmentTitle')}>
            {mode === 'values' ? (
              <>
                <TemplateButton download={downloadTemplate} />
                <FileImport key="values" accept={`.csv,.json,.txt,.xlsx,text/csv,application/json,${XLSX}`} upload={importValues} />
              </>
            ) : (
              <FileImport key="assessment" accept=".csv,.txt,text/csv" upload={importAssessment} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          {mode === 'values' ? <FileFormat /> : <AssessmentFormat />}
        </Col>
        {/* Across the page: its eight columns do not fit beside the format. */}
        <Col span={24}>
          <ImportHistory />
        </Col>
      </Row>
    </>
  );
}

const CSV_COLUMNS = ['school_code', 'indicator_code', 'period', 'subject', 'grade', 'value', 'comment'] as const;
const CSV_EXAMPLE = `school_code;indicator_code;period;subject;grade;value;comment
5818003401;STAFFING_RATE;2025;;;92,5;
5818003401;VPR_MARK_2;2025;Математика;4;12.5;по данным ФИС ОКО`;
const JSON_EXAMPLE = `{"values": [
  {"school": "5818003401",
   "indicator": "VPR_MARK_2",
   "period": "2025",
   "dimensions": {"SUBJECT": "MATH", "GRADE": "4"},
   "value": 12.5}
]}`;

/** The documented format, with an export of existing values in the same format as a ready example. */
function FileFormat() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const indicators = useIndicators();
  const exportValues = useExportValues();
  const [indicator, setIndicator] = useState<string>();
  const [downloading, setDownloading] = useState<ValuesExportQuery['format']>();

  const download = async (format: ValuesExportQuery['format']) => {
    setDownloading(format);
    try {
      await exportValues({ format, indicator });
    } catch (error) {
      void message.error(t(errorKind(error) === 'connection' ? 'errors.connection.title' : 'valueImport.format.exportFailed'));
    } finally {
      setDownloading(undefined);
    }
  };

  return (
    <Card size="small" title={t('valueImport.format.title')} data-testid="file-format">
      <Typography.Paragraph>{t('valueImport.format.csv')}</Typography.Paragraph>
      <ul style={{ paddingInlineStart: 20 }}>
        {CSV_COLUMNS.map((column) => (
          <li key={column}>
            <Typography.Text code>{column}</Typography.Text> — {t(`valueImport.format.columns.${column}`)}
          </li>
        ))}
      </ul>
      <pre className="code-sample" data-testid="csv-example" tabIndex={0} role="region" aria-label={t('usability.csvExample')}>
        {CSV_EXAMPLE}
      </pre>
      <Typography.Paragraph>{t('valueImport.format.json')}</Typography.Paragraph>
      <pre className="code-sample" tabIndex={0} role="region" aria-label={t('usability.jsonExample')}>
        {JSON_EXAMPLE}
      </pre>
      <Typography.Paragraph type="secondary">{t('valueImport.format.rules')}</Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 8 }}>{t('valueImport.format.example')}</Typography.Paragraph>
      <Space wrap>
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'search' }}
          placeholder={t('valueImport.format.allIndicators')}
          aria-label={t('valueImport.format.indicator')}
          style={{ width: 280 }}
          value={indicator}
          onChange={setIndicator}
          options={(indicators.data ?? []).map((i) => indicatorOption(i.code, i))}
          popupMatchSelectWidth={false}
        />
        <Button icon={<DownloadOutlined />} loading={downloading === 'csv'} onClick={() => void download('csv')}>
          {t('valueImport.format.downloadCsv')}
        </Button>
        <Button icon={<DownloadOutlined />} loading={downloading === 'json'} onClick={() => void download('json')}>
          {t('valueImport.format.downloadJson')}
        </Button>
      </Space>
    </Card>
  );
}

const ASSESSMENT_COLUMNS = ['school_code', 'assessment', 'year', 'subject', 'grade', 'participants', 'marks'] as const;
const ASSESSMENT_EXAMPLE = `school_code;assessment;year;subject;grade;participants;mark_2;mark_3;mark_4;mark_5
5818003401;ВПР;2025;Математика;4;52;3;20;19;10
5818003401;ВПР;2025;Русский язык;4;51;4;22;17;8`;

/** Results of an assessment per school, subject and grade as the federal systems give them. */
function AssessmentFormat() {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('valueImport.format.title')} data-testid="file-format">
      <Typography.Paragraph>{t('valueImport.assessment.csv')}</Typography.Paragraph>
      <ul style={{ paddingInlineStart: 20 }}>
        {ASSESSMENT_COLUMNS.map((column) => (
          <li key={column}>
            <Typography.Text code>{column === 'marks' ? 'mark_2 … mark_5' : column}</Typography.Text> —{' '}
            {t(`valueImport.assessment.columns.${column}`)}
          </li>
        ))}
      </ul>
      <pre className="code-sample" data-testid="csv-example" tabIndex={0} role="region" aria-label={t('usability.csvExample')}>
        {ASSESSMENT_EXAMPLE}
      </pre>
      <Typography.Paragraph type="secondary">{t('valueImport.assessment.rules')}</Typography.Paragraph>
    </Card>
  );
}
