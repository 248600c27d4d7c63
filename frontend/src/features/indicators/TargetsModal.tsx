import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, InputNumber, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldPath } from '../../shared/api/fieldErrors';
import type { Indicator, IndicatorTarget } from '../../shared/api/types';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { useSetTargets } from './api';

interface FormValues {
  targets: Partial<IndicatorTarget>[];
}

// Field errors name rows by index (`targets[2].value`); a target list is never longer than this.
const ROW_PATHS: FieldPath[] = Array.from({ length: 100 }, (_, index) => [
  ['targets', index, 'year'],
  ['targets', index, 'value'],
]).flat() as FieldPath[];

/** The region's target values of one indicator by year; the saved list replaces the previous one. */
export function TargetsModal({ indicator, onClose }: { indicator?: Indicator; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useSetTargets();
  const { serverError, showError, clearServerError } = useServerErrors(form, ROW_PATHS);
  const nextYear = new Date().getFullYear() + 1;
  const sorted = [...(indicator?.targets ?? [])].sort((left, right) => left.year - right.year);
  // A yes/no indicator's target is the answer every school should give: «да» (100 % of schools) or «нет» (0 %).
  const yesNo = indicator?.valueType === 'BOOLEAN';
  const percent = indicator?.valueType === 'PERCENT';
  const valueLabel = yesNo
    ? t('usability.targets.answer')
    : `${t('indicators.targets.value')}${indicator?.unit ? `, ${indicator.unit}` : ''}`;

  return (
    <Modal
      open={indicator != null}
      title={indicator && t('indicators.targets.heading')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
      afterOpenChange={(visible) => visible || clearServerError()}
    >
      {indicator && (
        <>
          <Typography.Paragraph>
            {indicator.name}{' '}
            <Typography.Text type="secondary" copyable style={{ fontSize: 12 }} data-testid="indicator-code">
              {indicator.code}
            </Typography.Text>
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t(yesNo ? 'usability.targets.answerHint' : 'indicators.targets.hint')}</Typography.Paragraph>
          <ServerErrorAlert error={serverError} />
          <Form
            form={form}
            layout="vertical"
            preserve={false}
            initialValues={{ targets: sorted.length > 0 ? sorted : [{ year: nextYear }] }}
            onFinish={({ targets }) => {
              clearServerError();
              save.mutate(
                {
                  indicatorId: indicator.id,
                  targets: (targets ?? []).map((row) => ({ year: row.year!, value: row.value! })),
                  version: indicator.targetsVersion,
                },
                {
                  onSuccess: () => {
                    void message.success(t('indicators.targets.saved'));
                    onClose();
                  },
                  onError: showError,
                },
              );
            }}
          >
            <Form.List name="targets">
              {(rows, { add, remove }) => (
                <>
                  {rows.map((row) => (
                    <Flex key={row.key} gap={8} align="baseline">
                      <Form.Item
                        name={[row.name, 'year']}
                        label={row.name === 0 ? t('indicators.targets.year') : undefined}
                        rules={[{ required: true }]}
                      >
                        <InputNumber min={2000} max={2100} aria-label={t('indicators.targets.year')} />
                      </Form.Item>
                      <Form.Item
                        name={[row.name, 'value']}
                        label={row.name === 0 ? valueLabel : undefined}
                        rules={[{ required: true }]}
                      >
                        {yesNo ? (
                          <Radio.Group
                            aria-label={valueLabel}
                            options={[
                              { value: 100, label: t('campaignForm.yes') },
                              { value: 0, label: t('campaignForm.no') },
                            ]}
                          />
                        ) : (
                          <InputNumber
                            decimalSeparator=","
                            min={percent ? 0 : undefined}
                            max={percent ? 100 : undefined}
                            aria-label={t('indicators.targets.value')}
                            style={{ width: 160 }}
                          />
                        )}
                      </Form.Item>
                      <Button icon={<DeleteOutlined />} aria-label={t('indicators.targets.remove')} onClick={() => remove(row.name)} />
                    </Flex>
                  ))}
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => {
                      const years = (form.getFieldValue('targets') as Partial<IndicatorTarget>[] | undefined)?.map((r) => r.year ?? 0) ?? [];
                      add({ year: years.length > 0 ? Math.max(...years) + 1 : nextYear });
                    }}
                  >
                    {t('indicators.targets.add')}
                  </Button>
                </>
              )}
            </Form.List>
          </Form>
        </>
      )}
    </Modal>
  );
}
