import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MUNICIPALITY_KINDS } from '../../../shared/api/enums';
import type { FieldPath } from '../../../shared/api/fieldErrors';
import type { Municipality, MunicipalityInput } from '../../../shared/api/types';
import { ServerErrorAlert } from '../../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../../shared/forms/useServerErrors';
import { useCreateMunicipality, useUpdateMunicipality } from '../api';
import { useMunicipalities } from '../../../shared/reference/registry';

const FIELDS: FieldPath[] = [['oktmo'], ['name'], ['kind']];

interface MunicipalityFormModalProps {
  regionId: number;
  /** Absent: a new municipality. */
  municipality?: Municipality;
  onClose: () => void;
}

export function MunicipalityFormModal({ regionId, municipality, onClose }: MunicipalityFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MunicipalityInput>();
  const { serverError, showError, clearServerError } = useServerErrors(form, FIELDS);
  const [version, setVersion] = useState(municipality?.version);
  const create = useCreateMunicipality(regionId);
  const update = useUpdateMunicipality();
  const municipalities = useMunicipalities(regionId);
  const saving = create.isPending || update.isPending;

  const submit = async (values: MunicipalityInput) => {
    clearServerError();
    try {
      if (municipality) {
        await update.mutateAsync({ municipalityId: municipality.id, body: { ...values, version: version! } });
        message.success(t('municipalities.saved'));
      } else {
        await create.mutateAsync(values);
        message.success(t('municipalities.created'));
      }
      onClose();
    } catch (error) {
      showError(error);
    }
  };

  const reloadVersion = async () => {
    const fresh = await municipalities.refetch();
    const current = fresh.data?.find((candidate) => candidate.id === municipality?.id);
    if (current) {
      setVersion(current.version);
      clearServerError();
      message.info(t('errors.conflictReloaded'));
    }
  };

  return (
    <Modal
      open
      title={t(municipality ? 'municipalities.editTitle' : 'municipalities.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert error={serverError} onReloadStale={municipality ? () => void reloadVersion() : undefined} reloading={municipalities.isFetching} />
      <Form
        form={form}
        layout="vertical"
        name="municipality"
        initialValues={municipality ? { oktmo: municipality.oktmo, name: municipality.name, kind: municipality.kind } : { kind: 'MUNICIPAL_DISTRICT' }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="name"
          label={t('municipalities.name')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 200, message: t('validation.maxLength', { max: 200 }) },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="oktmo"
          label={t('municipalities.oktmo')}
          extra={t('validation.oktmo')}
          rules={[
            { required: true, message: t('validation.required') },
            { pattern: /^(\d{8}|\d{11})$/, message: t('validation.oktmo') },
          ]}
        >
          <Input inputMode="numeric" maxLength={11} />
        </Form.Item>
        <Form.Item name="kind" label={t('municipalities.kind')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select options={MUNICIPALITY_KINDS.map((kind) => ({ value: kind, label: t(`enums.municipalityKind.${kind}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
