import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorKind } from '../../shared/api/errors';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { useChangeMark, useSetMark } from './api';
import { MarkTag } from './tags';
import type { CriterionCard, Mark } from './types';

interface Values {
  mark: Exclude<Mark, 'NO_DATA'>;
  comment: string;
}

const EXPERT_MARKS: Values['mark'][] = ['MET', 'PARTLY', 'NOT_MET'];

/**
 * The expert's mark of one criterion with the required comment: a new one (SET) or a change of the one set (CHANGE,
 * with the version read, so that a change by someone else in between is refused, not overwritten).
 */
export function MarkModal({ municipalityId, year, card, reloading, onReload, onClose }: {
  municipalityId: number;
  year: number;
  card: CriterionCard;
  reloading: boolean;
  onReload: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const set = useSetMark(municipalityId, year);
  const change = useChangeMark(municipalityId, year);
  const { serverError, showError, clearServerError } = useServerErrors(form, [['mark'], ['comment']]);
  const expert = card.expert;
  const onFinish = async (values: Values) => {
    clearServerError();
    try {
      if (expert) {
        await change.mutateAsync({ markId: expert.id, body: { mark: values.mark, comment: values.comment, version: expert.version } });
      } else {
        await set.mutateAsync({ criterion: card.criterion, mark: values.mark, comment: values.comment });
      }
      void message.success(t('scorecard.markModal.saved'));
      onClose();
    } catch (error) {
      showError(error);
      // Someone set the mark meanwhile (409 on a new one): load it, so that saving again changes it with its version.
      if (errorKind(error) === 'conflict') onReload();
    }
  };
  return (
    <Modal
      open
      title={t(expert ? 'scorecard.markModal.changeTitle' : 'scorecard.markModal.setTitle', { number: card.number, title: card.title })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={set.isPending || change.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert error={serverError} onReloadStale={onReload} reloading={reloading} />
      <Typography.Paragraph>
        {t('scorecard.markModal.computed')} <MarkTag mark={card.computed.mark} />
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={expert ? { mark: expert.mark === 'NO_DATA' ? undefined : expert.mark, comment: expert.comment } : undefined}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item name="mark" label={t('scorecard.markModal.mark')} rules={[{ required: true, message: t('scorecard.markModal.markRequired') }]}>
          <Select options={EXPERT_MARKS.map((mark) => ({ value: mark, label: t(`scorecard.mark.${mark}`) }))} />
        </Form.Item>
        <Form.Item
          name="comment"
          label={t('scorecard.markModal.comment')}
          extra={t('scorecard.markModal.commentHint')}
          rules={[{ required: true, whitespace: true, message: t('scorecard.markModal.commentRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
