import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Tabs, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CuratorAssignment, PartnerPair } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { formatDate } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { DataTable } from '../../shared/ui/DataTable';
import { useAssign, useAssignments, useDeletePair, useMe, usePairs, useSavePair, useSchools, useUnassign } from './api';
import { VisitModal } from './VisitModal';

function AssignModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const schools = useSchools(true);
  const assign = useAssign();
  const { serverError, showError } = useServerErrors(form, [['schoolId'], ['curatorUsername']]);
  return (
    <Modal
      open
      title={t('support.curators.assign')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={assign.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert error={serverError} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year: new Date().getFullYear() }}
        onFinish={(values) => assign.mutate(values, { onSuccess: onClose, onError: showError })}
      >
        <Form.Item name="year" label={t('support.curators.form.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="schoolId" label={t('support.curators.form.schoolId')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={schools.data?.items.map((s) => ({ value: s.id, label: s.shortName }))} />
        </Form.Item>
        <Form.Item name="curatorUsername" label={t('support.curators.form.curatorUsername')} rules={[{ required: true, max: 100 }]}>
          <Input placeholder="curator.penza1" />
        </Form.Item>
        <Form.Item name="curatorName" label={t('support.curators.form.curatorName')} rules={[{ required: true, max: 300 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="curatorOrganisation" label={t('support.curators.form.curatorOrganisation')} rules={[{ required: true, max: 500 }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface PairValues {
  year: number;
  leaderSchoolId: number;
  supportedSchoolId: number;
  agreementNumber?: string;
  agreementDate?: Dayjs | null;
}

function PairModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PairValues>();
  const schools = useSchools(true);
  const save = useSavePair();
  const { serverError, showError } = useServerErrors(form, [['leaderSchoolId'], ['supportedSchoolId']]);
  const options = schools.data?.items.map((s) => ({ value: s.id, label: s.shortName }));
  return (
    <Modal
      open
      title={t('support.curators.addPair')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert error={serverError} />
      <Form<PairValues>
        form={form}
        layout="vertical"
        initialValues={{ year: new Date().getFullYear() }}
        onFinish={(v) =>
          save.mutate(
            {
              year: v.year,
              leaderSchoolId: v.leaderSchoolId,
              supportedSchoolId: v.supportedSchoolId,
              agreement: v.agreementNumber?.trim() && v.agreementDate ? { number: v.agreementNumber.trim(), date: v.agreementDate.format('YYYY-MM-DD') } : null,
              version: null,
            },
            { onSuccess: onClose, onError: showError },
          )
        }
      >
        <Form.Item name="year" label={t('support.curators.form.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="leaderSchoolId" label={t('support.curators.form.leaderSchoolId')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={options} />
        </Form.Item>
        <Form.Item name="supportedSchoolId" label={t('support.curators.form.supportedSchoolId')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={options} />
        </Form.Item>
        <Form.Item name="agreementNumber" label={t('support.curators.form.agreementNumber')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="agreementDate" label={t('support.curators.form.agreementDate')}>
          <DatePicker format="DD.MM.YYYY" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Curators and partner schools: the ministry assigns schools to curators; a curator sees their schools here. */
export default function CuratorsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [assignmentsPage, setAssignmentsPage] = useState(1);
  const [pairsPage, setPairsPage] = useState(1);
  const assignments = useAssignments(assignmentsPage);
  const pairs = usePairs(pairsPage);
  const unassign = useUnassign();
  const deletePair = useDeletePair();
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const [assigning, setAssigning] = useState(false);
  const [pairing, setPairing] = useState(false);
  const [visiting, setVisiting] = useState<number | null>(null);
  if (assignments.isError && !assignments.data) {
    return <QueryErrorResult error={assignments.error} onRetry={() => void assignments.refetch()} />;
  }
  const role = me.data?.role;
  const curator = role === 'CURATOR';
  const assignmentTable = (
    <DataTable<CuratorAssignment>
      label={curator ? t('support.curators.mySchools') : t('support.curators.assignments')}
rowKey="id"
      size="middle"
      loading={assignments.isFetching}
      dataSource={assignments.data?.items}
      locale={{ emptyText: t('support.curators.emptyAssignments') }}
      minWidth="max-content"
      onChange={(p) => setAssignmentsPage(p.current ?? 1)}
      pagination={{ current: assignmentsPage, pageSize: 20, total: assignments.data?.total ?? 0 }}
      columns={[
        { key: 'year', title: t('support.curators.columns.year'), dataIndex: 'year' },
        { key: 'school', title: t('support.curators.columns.school'), render: (_, a) => a.school.name },
        { key: 'municipality', title: t('support.curators.columns.municipality'), render: (_, a) => a.municipality.name },
        {
          key: 'categories',
          title: t('support.curators.columns.categories'),
          render: (_, a) => a.categories.map((c) => <Tag key={c}>{t(`enums.category.${c}`)}</Tag>),
        },
        { key: 'curator', title: t('support.curators.columns.curator'), render: (_, a) => `${a.curatorName}, ${a.curatorOrganisation}` },
        {
          key: 'actions',
          title: t('common.actions'),
          render: (_, a) => (
            <Space wrap>
              {a.allowed.includes('PLAN_VISIT') && (
                <Button size="small" onClick={() => setVisiting(a.school.id)}>
                  {t('support.curators.planVisit')}
                </Button>
              )}
              {a.allowed.includes('RECOMMEND') && (
                <Button size="small" onClick={() => navigate(`/recommendations?addressee=${a.school.id}`)}>
                  {t('support.curators.recommend')}
                </Button>
              )}
              {a.allowed.includes('RISK_PROFILE') && (
                <Button size="small" onClick={() => navigate(`/schools/${a.school.id}/risk-profile/${a.year}`)}>
                  {t('identification.risk.openProfile')}
                </Button>
              )}
              {a.allowed.includes('DELETE') && (
                <Button
                  size="small"
                  danger
                  onClick={() =>
                    modal.confirm({
                      title: t('support.curators.removeConfirm'),
                      okButtonProps: { danger: true },
                      cancelText: t('common.cancel'),
                      onOk: () => unassign.mutateAsync(a.id),
                    })
                  }
                >
                  {t('support.curators.removeAssignment')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
  const pairTable = (
    <DataTable<PartnerPair>
      label={t('support.curators.pairs')}
rowKey="id"
      size="middle"
      loading={pairs.isFetching}
      dataSource={pairs.data?.items}
      locale={{ emptyText: t('support.curators.emptyPairs') }}
      minWidth="max-content"
      onChange={(p) => setPairsPage(p.current ?? 1)}
      pagination={{ current: pairsPage, pageSize: 20, total: pairs.data?.total ?? 0 }}
      columns={[
        { key: 'year', title: t('support.curators.columns.year'), dataIndex: 'year' },
        { key: 'leader', title: t('support.curators.columns.leader'), render: (_, p) => p.leader.name },
        { key: 'supported', title: t('support.curators.columns.supported'), render: (_, p) => p.supported.name },
        {
          key: 'agreement',
          title: t('support.curators.columns.agreement'),
          render: (_, p) => p.agreement && t('support.curators.agreement', { number: p.agreement.number, date: formatDate(p.agreement.date) }),
        },
        {
          key: 'actions',
          title: t('common.actions'),
          render: (_, p) =>
            p.allowed.includes('DELETE') && (
              <Button
                size="small"
                danger
                onClick={() =>
                  modal.confirm({ title: t('support.common.remove'), okButtonProps: { danger: true }, cancelText: t('common.cancel'), onOk: () => deletePair.mutateAsync(p.id) })
                }
              >
                {t('support.common.remove')}
              </Button>
            ),
        },
      ]}
    />
  );
  return (
    <>
      <PageHeader
        title={curator ? t('support.curators.mySchools') : t('support.curators.title')}
        actions={
          <>
            {role === 'MINISTRY' && (
              <Button type="primary" onClick={() => setAssigning(true)}>
                {t('support.curators.assign')}
              </Button>
            )}
            {(role === 'MINISTRY' || role === 'MUNICIPALITY') && <Button onClick={() => setPairing(true)}>{t('support.curators.addPair')}</Button>}
          </>
        }
      />
      <Tabs
        // Short labels: both tabs fit side by side on a phone; antd would otherwise move one into a «…» button inside
        // the tablist, which the tablist role does not allow (axe aria-required-children).
        items={[
          { key: 'assignments', label: curator ? t('support.curators.mySchools') : t('support.curators.tabs.assignments'), children: assignmentTable },
          { key: 'pairs', label: t('support.curators.tabs.pairs'), children: pairTable },
        ]}
      />
      {assigning && <AssignModal onClose={() => setAssigning(false)} />}
      {pairing && <PairModal onClose={() => setPairing(false)} />}
      {visiting != null && <VisitModal schoolId={visiting} onClose={() => setVisiting(null)} />}
    </>
  );
}
