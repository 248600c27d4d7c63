import { App, Button, Drawer, Form, InputNumber, Select, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SCHOOL_CATEGORIES } from '../../shared/api/enums';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { formatDateTime } from '../../shared/format/format';
import { useIndicators } from '../../shared/reference/indicators';
import { useScorecardSettings, useUpdateScorecardSettings } from './api';
import type { Settings, SettingsInput } from './types';

type Values = Omit<SettingsInput, 'version'>;

/** The region's settings of the scorecard: thresholds of «met» and «partly» per criterion, the programme, the indicators. */
export function SettingsDrawer({ regionId, onClose }: { regionId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const settings = useScorecardSettings(regionId, true);
  return (
    <Drawer open onClose={onClose} title={t('scorecard.settings.title')} size={560} destroyOnHidden>
      {settings.isError ? (
        <QueryErrorResult error={settings.error} onRetry={() => void settings.refetch()} />
      ) : !settings.data ? (
        <Spin style={{ display: 'block', margin: '64px auto' }} />
      ) : (
        <SettingsForm
          settings={settings.data}
          regionId={regionId}
          reloading={settings.isFetching}
          onReload={() => void settings.refetch()}
          onClose={onClose}
        />
      )}
    </Drawer>
  );
}

function SettingsForm({ settings, regionId, reloading, onReload, onClose }: {
  settings: Settings;
  regionId: number;
  reloading: boolean;
  onReload: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useUpdateScorecardSettings(regionId);
  const editable = settings.allowed.includes('EDIT');
  const indicators = useIndicators({}, editable);
  const { serverError, showError, clearServerError } = useServerErrors(form, [
    ...settings.thresholds.flatMap((_, i) => [['thresholds', i, 'met'], ['thresholds', i, 'partly'], ['thresholds', i, 'criterion']]),
    ['thresholds'],
    ['programmeCategories'],
    ['effectIndicators'],
  ]);
  const onFinish = async (values: Values) => {
    clearServerError();
    try {
      await save.mutateAsync({
        version: settings.version,
        thresholds: values.thresholds.map((threshold, i) => ({ ...threshold, criterion: settings.thresholds[i].criterion })),
        programmeCategories: values.programmeCategories,
        effectIndicators: values.effectIndicators,
      });
      void message.success(t('scorecard.settings.saved'));
      onClose();
    } catch (error) {
      showError(error);
    }
  };
  const indicatorOptions = (indicators.data ?? [])
    .filter((indicator) => !indicator.archived)
    .map((indicator) => ({ value: indicator.code, label: `${indicator.code} — ${indicator.name}` }));
  // The chosen ones stay selectable even before the catalogue arrives.
  for (const chosen of settings.effectIndicators) {
    if (!indicatorOptions.some((option) => option.value === chosen.code)) {
      indicatorOptions.push({ value: chosen.code, label: `${chosen.code} — ${chosen.name}` });
    }
  }
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={!editable}
      initialValues={{
        thresholds: settings.thresholds.map((th) => ({ criterion: th.criterion, met: th.threshold.met, partly: th.threshold.partly })),
        programmeCategories: settings.programmeCategories,
        effectIndicators: settings.effectIndicators.map((indicator) => indicator.code),
      }}
      onFinish={(values) => void onFinish(values)}
    >
      <ServerErrorAlert error={serverError} onReloadStale={onReload} reloading={reloading} />
      <Typography.Paragraph type="secondary">{t('scorecard.settings.hint')}</Typography.Paragraph>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t('scorecard.settings.thresholds')}
      </Typography.Title>
      {settings.thresholds.map((threshold, i) => {
        const name = `${threshold.number ?? i + 1}. ${threshold.title ?? t(`scorecard.criterion.${threshold.criterion}`)}`;
        return (
          <fieldset key={threshold.criterion} style={{ border: 'none', padding: 0, margin: '0 0 8px' }}>
            <legend style={{ fontSize: 14, marginBottom: 4, border: 'none' }}>{name}</legend>
            <Space wrap align="start">
              <Form.Item
                name={['thresholds', i, 'met']}
                label={t('scorecard.settings.met')}
                rules={[{ required: true, message: t('scorecard.settings.required') }]}
              >
                <InputNumber min={1} max={100} aria-label={`${name}: ${t('scorecard.settings.met')}`} style={{ width: 120 }} />
              </Form.Item>
              <Form.Item
                name={['thresholds', i, 'partly']}
                label={t('scorecard.settings.partly')}
                rules={[{ required: true, message: t('scorecard.settings.required') }]}
              >
                <InputNumber min={0} max={100} aria-label={`${name}: ${t('scorecard.settings.partly')}`} style={{ width: 120 }} />
              </Form.Item>
            </Space>
          </fieldset>
        );
      })}
      <Form.Item
        name="programmeCategories"
        label={t('scorecard.settings.programmeCategories')}
        rules={[{ required: true, message: t('scorecard.settings.required') }]}
      >
        <Select mode="multiple" options={SCHOOL_CATEGORIES.map((c) => ({ value: c, label: t(`enums.category.${c}`) }))} />
      </Form.Item>
      <Form.Item
        name="effectIndicators"
        label={t('scorecard.settings.effectIndicators')}
        rules={[{ required: true, message: t('scorecard.settings.required') }]}
      >
        <Select mode="multiple" showSearch optionFilterProp="label" options={indicatorOptions} loading={indicators.isFetching} />
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('scorecard.settings.updated', { by: settings.updatedBy, at: formatDateTime(settings.updatedAt) })}
      </Typography.Paragraph>
      {editable && (
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button onClick={onClose} disabled={false}>
            {t('common.cancel')}
          </Button>
        </Space>
      )}
    </Form>
  );
}
