import { App, DatePicker, Flex, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SCHOOL_CATEGORIES } from '../../shared/api/enums';
import type { FieldPath } from '../../shared/api/fieldErrors';
import type { Campaign, CampaignInput, IndicatorPeriodicity, SchoolCategory } from '../../shared/api/types';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { useCurrentUser } from '../../shared/me/CurrentUser';
import { useIndicatorGroups, useIndicators } from '../../shared/reference/indicators';
import { useMunicipalities } from '../../shared/reference/registry';
import { useCreateCampaign, useUpdateCampaign } from './api';
import { PeriodPicker } from './PeriodPicker';
import { indicatorOption } from '../../shared/ui/IndicatorOption';
import { SchoolSelect } from './SchoolSelect';

type TargetMode = 'rule' | 'schools';

interface FormValues {
  name: string;
  period: string;
  opensOn: Dayjs;
  deadline: Dayjs;
  indicatorIds: number[];
  targetMode: TargetMode;
  target: { schoolIds?: number[]; categories?: SchoolCategory[]; municipalityIds?: number[] };
}

export const PERIOD_PATTERN = /^\d{4}(-(H[12]|Q[1-4]))?$/;

const FIELD_PATHS: FieldPath[] = [
  ['name'],
  ['period'],
  ['opensOn'],
  ['deadline'],
  ['indicatorIds'],
  ['target', 'schoolIds'],
  ['target', 'categories'],
  ['target', 'municipalityIds'],
];

function periodicityOf(period: string | undefined): IndicatorPeriodicity | undefined {
  if (!period || !PERIOD_PATTERN.test(period)) return undefined;
  return period.includes('-H') ? 'HALF_YEAR' : period.includes('-Q') ? 'QUARTER' : 'YEAR';
}

function initialValues(campaign: Campaign | undefined): Partial<FormValues> {
  if (!campaign) {
    const today = dayjs().startOf('day');
    // Values are collected after their period: by default the year just past.
    return {
      period: String(today.year() - 1),
      opensOn: today,
      deadline: today.add(1, 'month'),
      indicatorIds: [],
      targetMode: 'rule',
      target: { categories: [], municipalityIds: [], schoolIds: [] },
    };
  }
  return {
    name: campaign.name,
    period: campaign.period,
    opensOn: dayjs(campaign.opensOn),
    deadline: dayjs(campaign.deadline),
    indicatorIds: campaign.indicators.map((i) => i.id),
    targetMode: (campaign.target.schoolIds?.length ?? 0) > 0 ? 'schools' : 'rule',
    target: { ...campaign.target },
  };
}

/** A new campaign of the caller's organisation, or an edit of its draft (with the version it was read at). */
export function CampaignFormModal({ open, campaign, onClose }: { open: boolean; campaign?: Campaign; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [form] = Form.useForm<FormValues>();
  const indicators = useIndicators({}, open);
  const groups = useIndicatorGroups(open);
  const ministry = me.role === 'MINISTRY';
  const municipalities = useMunicipalities(open && ministry ? me.organisation.regionId : undefined);
  const create = useCreateCampaign();
  const update = useUpdateCampaign(campaign?.id ?? 0);
  const { serverError, showError, clearServerError } = useServerErrors(form, FIELD_PATHS);
  const targetMode = Form.useWatch('targetMode', form);
  const period = Form.useWatch('period', form);
  const periodicity = periodicityOf(period);
  const chosen = Form.useWatch('indicatorIds', form) ?? [];

  // The catalogue by group; only indicators collected with the campaign's periodicity fit (chosen ones stay visible).
  const indicatorOptions = [...(groups.data ?? [])]
    .sort((left, right) => left.position - right.position)
    .map((group) => ({
      label: group.name,
      title: group.name,
      options: (indicators.data ?? [])
        .filter((i) => i.groupCode === group.code)
        .filter((i) => !periodicity || i.periodicity === periodicity || chosen.includes(i.id))
        .map((i) => indicatorOption(i.id, i)),
    }))
    .filter((group) => group.options.length > 0);

  const submit = (values: FormValues) => {
    clearServerError();
    const explicit = values.targetMode === 'schools';
    const body: CampaignInput = {
      name: values.name.trim(),
      period: values.period.trim(),
      opensOn: values.opensOn.format('YYYY-MM-DD'),
      deadline: values.deadline.format('YYYY-MM-DD'),
      indicatorIds: values.indicatorIds ?? [],
      target: {
        schoolIds: explicit ? (values.target.schoolIds ?? []) : [],
        categories: explicit ? [] : (values.target.categories ?? []),
        municipalityIds: explicit ? [] : (values.target.municipalityIds ?? []),
      },
      version: campaign?.version,
    };
    if (campaign) {
      update.mutate(body, {
        onSuccess: () => {
          void message.success(t('campaigns.form.saved'));
          onClose();
        },
        onError: showError,
      });
    } else {
      create.mutate(body, {
        onSuccess: (created) => {
          void message.success(t('campaigns.form.created'));
          onClose();
          void navigate(`/campaigns/${created.id}`);
        },
        onError: showError,
      });
    }
  };

  return (
    <Modal
      open={open}
      title={campaign ? t('campaigns.form.editTitle') : t('campaigns.form.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      width={760}
      destroyOnHidden
      afterOpenChange={(visible) => visible || clearServerError()}
    >
      <ServerErrorAlert error={serverError} />
      <Form form={form} layout="vertical" preserve={false} initialValues={initialValues(campaign)} onFinish={submit}>
        <Form.Item name="name" label={t('campaigns.form.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="period" label={t('campaigns.form.period')} rules={[{ required: true }]}>
            <PeriodPicker />
          </Form.Item>
          <Form.Item name="opensOn" label={t('campaigns.form.opensOn')} rules={[{ required: true }]}>
            <DatePicker format="DD.MM.YYYY" />
          </Form.Item>
          <Form.Item name="deadline" label={t('campaigns.form.deadline')} rules={[{ required: true }]}>
            <DatePicker format="DD.MM.YYYY" />
          </Form.Item>
        </Flex>
        <Form.Item
          name="indicatorIds"
          label={t('campaigns.form.indicators')}
          extra={t('campaigns.form.indicatorsHint')}
          rules={[{ required: true, type: 'array', min: 1 }]}
        >
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: 'search' }}
            loading={indicators.isLoading}
            options={indicatorOptions}
            maxTagCount="responsive"
          />
        </Form.Item>
        <Typography.Text strong>{t('campaigns.target.heading')}</Typography.Text>
        <Form.Item name="targetMode" style={{ margin: '8px 0' }}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'rule', label: t('campaigns.target.rule') },
              { value: 'schools', label: t('campaigns.target.schools') },
            ]}
          />
        </Form.Item>
        {targetMode === 'schools' ? (
          <Form.Item name={['target', 'schoolIds']} label={t('campaigns.target.schoolIds')} rules={[{ required: true, type: 'array', min: 1 }]}>
            <SchoolSelect />
          </Form.Item>
        ) : (
          <Flex gap={12} wrap>
            <Form.Item
              name={['target', 'categories']}
              label={t('campaigns.target.categories')}
              extra={t('campaigns.target.categoriesHint')}
              style={{ flex: 1, minWidth: 260 }}
            >
              <Select
                mode="multiple"
                allowClear
                options={SCHOOL_CATEGORIES.map((c) => ({ value: c, label: t(`enums.categoryFull.${c}`) }))}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
            {ministry && (
              <Form.Item
                name={['target', 'municipalityIds']}
                label={t('campaigns.target.municipalities')}
                extra={t('campaigns.target.municipalitiesHint')}
                style={{ flex: 1, minWidth: 260 }}
              >
                <Select
                  mode="multiple"
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={municipalities.isLoading}
                  options={municipalities.data?.map((m) => ({ value: m.id, label: m.name }))}
                />
              </Form.Item>
            )}
          </Flex>
        )}
      </Form>
    </Modal>
  );
}
