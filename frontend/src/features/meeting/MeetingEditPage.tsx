import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { AgendaItemInput, Meeting, MeetingInput, OrganisationKey } from '../../shared/api/types';
import { QueryErrorResult } from '../../shared/errors/ErrorResult';
import { ServerErrorAlert } from '../../shared/forms/ServerErrorAlert';
import { useServerErrors } from '../../shared/forms/useServerErrors';
import { formatDate } from '../../shared/format/format';
import { PageHeader } from '../../shared/layout/PageHeader';
import { useCreateMeeting, useMe, useMeeting, useMunicipalityOptions, useOwnWorkingGroups, useSchoolOptions, useUpdateMeeting } from './api';

const BODY_KINDS = ['WORKING_GROUP', 'COLLEGIUM', 'METHODOLOGICAL_COUNCIL', 'CONFERENCE', 'OTHER'] as const;
const FORMATS = ['IN_PERSON', 'REMOTE', 'MIXED'] as const;

interface SpeechValue {
  speaker: string;
  summary?: string;
}

interface DecisionValue {
  id?: number;
  number: string;
  text: string;
  executor?: string;
  executorName?: string;
  executorPerson?: string;
  dueOn?: Dayjs | null;
}

interface ItemValue {
  id?: number;
  title: string;
  heard?: SpeechValue[];
  spoke?: SpeechValue[];
  controlledDecisionIds?: number[];
  unanimous?: boolean;
  votesFor?: number | null;
  against?: number | null;
  abstained?: number | null;
  decisions?: DecisionValue[];
}

interface Values {
  bodyKind: MeetingInput['bodyKind'];
  workingGroupId?: number | null;
  authority?: string;
  title: string;
  number?: string;
  heldOn: Dayjs;
  place?: string;
  format: MeetingInput['format'];
  chair?: string;
  secretary?: string;
  participants?: string;
  attendeesCount?: number | null;
  agenda?: ItemValue[];
}

const blank = (value?: string | null) => (value == null || value.trim() === '' ? null : value.trim());

function key(organisation: OrganisationKey | { type: string; id: number } | null | undefined): string | undefined {
  return organisation ? `${organisation.type}:${organisation.id}` : undefined;
}

function organisation(value?: string): OrganisationKey | null {
  if (!value) return null;
  const [type, id] = value.split(':');
  return { type: type as OrganisationKey['type'], id: Number(id) };
}

function toValues(m: Meeting): Values {
  return {
    bodyKind: m.bodyKind,
    workingGroupId: m.workingGroup?.id ?? null,
    authority: m.authority ?? undefined,
    title: m.title,
    number: m.number ?? undefined,
    heldOn: dayjs(m.heldOn),
    place: m.place ?? undefined,
    format: m.format,
    chair: m.chair ?? undefined,
    secretary: m.secretary ?? undefined,
    participants: m.participants.join('\n'),
    attendeesCount: m.attendeesCount,
    agenda: m.agenda.map((a) => ({
      id: a.id,
      title: a.title,
      heard: a.heard.map((s) => ({ speaker: s.speaker, summary: s.summary ?? undefined })),
      spoke: a.spoke.map((s) => ({ speaker: s.speaker, summary: s.summary ?? undefined })),
      controlledDecisionIds: a.controlledDecisions.map((d) => d.id),
      unanimous: a.votes?.unanimous ?? false,
      votesFor: a.votes?.votesFor ?? null,
      against: a.votes?.against ?? null,
      abstained: a.votes?.abstained ?? null,
      decisions: a.decisions.map((d) => ({
        id: d.id,
        number: d.number,
        text: d.text,
        executor: key(d.executor),
        executorName: d.executorName ?? undefined,
        executorPerson: d.executorPerson ?? undefined,
        dueOn: d.dueOn ? dayjs(d.dueOn) : null,
      })),
    })),
  };
}

function toInput(values: Values): MeetingInput {
  return {
    bodyKind: values.bodyKind,
    workingGroupId: values.workingGroupId ?? null,
    authority: blank(values.authority),
    title: values.title.trim(),
    number: blank(values.number),
    heldOn: values.heldOn.format('YYYY-MM-DD'),
    place: blank(values.place),
    format: values.format,
    chair: blank(values.chair),
    secretary: blank(values.secretary),
    participants: (values.participants ?? '').split('\n').map((line) => line.trim()).filter(Boolean),
    attendeesCount: values.attendeesCount ?? null,
    agenda: (values.agenda ?? []).map(
      (item): AgendaItemInput => ({
        id: item.id ?? null,
        title: item.title.trim(),
        heard: (item.heard ?? []).filter((s) => blank(s?.speaker)).map((s) => ({ speaker: s.speaker.trim(), summary: blank(s.summary) })),
        spoke: (item.spoke ?? []).filter((s) => blank(s?.speaker)).map((s) => ({ speaker: s.speaker.trim(), summary: blank(s.summary) })),
        controlledDecisionIds: item.controlledDecisionIds ?? [],
        votes:
          item.unanimous || item.votesFor != null || item.against != null || item.abstained != null
            ? { unanimous: item.unanimous ?? false, votesFor: item.votesFor ?? null, against: item.unanimous ? null : item.against ?? null, abstained: item.unanimous ? null : item.abstained ?? null }
            : null,
        decisions: (item.decisions ?? []).map((d) => ({
          id: d.id ?? null,
          number: d.number.trim(),
          text: d.text.trim(),
          executor: organisation(d.executor),
          executorName: blank(d.executorName),
          executorPerson: blank(d.executorPerson),
          dueOn: d.dueOn ? d.dueOn.format('YYYY-MM-DD') : null,
          related: null,
        })),
      }),
    ),
  };
}

function SpeechList({ name, label }: { name: (string | number)[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="baseline" wrap>
              <Form.Item name={[field.name, 'speaker']} rules={[{ required: true, whitespace: true, max: 500 }]} style={{ flex: '1 1 220px', marginBottom: 8 }}>
                <Input placeholder={label} aria-label={label} />
              </Form.Item>
              <Form.Item name={[field.name, 'summary']} rules={[{ max: 8000 }]} style={{ flex: '2 1 320px', marginBottom: 8 }}>
                <Input.TextArea autoSize placeholder={t('support.meetings.form.heardSummary')} aria-label={`${label}: ${t('support.meetings.form.heardSummary')}`} />
              </Form.Item>
              <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('support.common.remove')} onClick={() => remove(field.name)} />
            </Flex>
          ))}
          <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ speaker: '' })} style={{ marginBottom: 8 }}>
            {label}
          </Button>
        </>
      )}
    </Form.List>
  );
}

function ProtocolForm({ meeting }: { meeting?: Meeting }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateMeeting();
  const update = useUpdateMeeting(meeting?.id ?? 0);
  const me = useMe();
  const groups = useOwnWorkingGroups();
  const [schoolSearch, setSchoolSearch] = useState('');
  const schools = useSchoolOptions(schoolSearch);
  const municipalities = useMunicipalityOptions(me.data?.organisation.regionId ?? 0);
  const { serverError, showError, clearServerError } = useServerErrors(form, [
    ['title'],
    ['heldOn'],
    ['workingGroupId'],
    ['agenda'],
  ]);
  const executorOptions = useMemo(() => {
    const options = new Map<string, string>();
    meeting?.agenda.forEach((a) => a.decisions.forEach((d) => d.executor && options.set(key(d.executor)!, d.executor.name)));
    const ownMunicipality = me.data?.organisation.municipalityId;
    municipalities.data
      ?.filter((m) => me.data?.organisation.type === 'REGION' || m.id === ownMunicipality)
      .forEach((m) => options.set(`MUNICIPALITY:${m.id}`, m.name));
    schools.data?.items.forEach((s) => options.set(`SCHOOL:${s.id}`, s.shortName));
    return [...options].map(([value, label]) => ({ value, label }));
  }, [meeting, municipalities.data, schools.data, me.data]);

  const initial: Partial<Values> = meeting
    ? toValues(meeting)
    : { bodyKind: 'WORKING_GROUP', format: 'IN_PERSON', heldOn: dayjs(), agenda: [{ title: '', heard: [{ speaker: '' }], decisions: [], unanimous: true }] };

  const save = (values: Values) => {
    clearServerError();
    const input = toInput(values);
    const onError = (error: unknown) => {
      showError(error);
      window.scrollTo({ top: 0 });
    };
    if (meeting) {
      update.mutate(
        { ...input, version: meeting.version },
        {
          onSuccess: () => {
            void message.success(t('support.common.saved'));
            navigate(`/meetings/${meeting.id}`);
          },
          onError,
        },
      );
    } else {
      create.mutate(input, { onSuccess: (created) => navigate(`/meetings/${created.id}`), onError });
    }
  };

  const addControl = () => {
    const agenda = form.getFieldValue('agenda') ?? [];
    form.setFieldValue('agenda', [
      ...agenda,
      {
        title: t('support.meetings.controlTitle'),
        controlledDecisionIds: meeting?.controlProposals.map((d) => d.id) ?? [],
        heard: [],
        spoke: [],
        decisions: [],
        unanimous: true,
      },
    ]);
  };

  return (
    <>
      <PageHeader title={meeting ? t('support.meetings.form.titleEdit') : t('support.meetings.form.titleCreate')} />
      <ServerErrorAlert error={serverError} />
      {meeting && meeting.controlProposals.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('support.meetings.proposals')}
          description={
            <>
              <ul style={{ paddingInlineStart: 20 }}>
                {meeting.controlProposals.map((d) => (
                  <li key={d.id}>
                    {d.number}. {d.text} — {formatDate(d.dueOn)} ({formatDate(d.meeting.heldOn)})
                  </li>
                ))}
              </ul>
              <Button onClick={addControl}>{t('support.meetings.addControl')}</Button>
            </>
          }
        />
      )}
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={save} scrollToFirstError>
        <Card style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="bodyKind" label={t('support.meetings.form.bodyKind')} rules={[{ required: true }]}>
                <Select options={BODY_KINDS.map((k) => ({ value: k, label: t(`support.meetings.bodyKind.${k}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="workingGroupId" label={t('support.meetings.form.workingGroup')}>
                <Select allowClear options={groups.data?.map((g) => ({ value: g.id, label: g.name }))} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="authority" label={t('support.meetings.form.authority')} rules={[{ max: 500 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="title" label={t('support.meetings.form.title')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
            <Input.TextArea autoSize placeholder={t('support.meetings.form.titlePlaceholder')} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Form.Item name="number" label={t('support.meetings.form.number')} rules={[{ max: 50 }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="heldOn" label={t('support.meetings.form.heldOn')} rules={[{ required: true }]}>
                <DatePicker format="DD.MM.YYYY" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="format" label={t('support.meetings.form.format')} rules={[{ required: true }]}>
                <Select options={FORMATS.map((f) => ({ value: f, label: t(`support.meetings.format.${f}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="attendeesCount" label={t('support.meetings.form.attendeesCount')}>
                <InputNumber min={0} max={10000} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="place" label={t('support.meetings.form.place')} rules={[{ max: 500 }]}>
            <Input />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="chair" label={t('support.meetings.form.chair')} rules={[{ max: 300 }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="secretary" label={t('support.meetings.form.secretary')} rules={[{ max: 300 }]}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="participants" label={t('support.meetings.form.participants')}>
            <Input.TextArea autoSize={{ minRows: 2 }} />
          </Form.Item>
        </Card>
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          {t('support.meetings.agenda')}
        </Typography.Title>
        <Form.List name="agenda">
          {(items, { add, remove }) => (
            <>
              {items.map((item, index) => (
                <Card
                  key={item.key}
                  size="small"
                  style={{ marginBottom: 16 }}
                  title={t('support.meetings.form.agendaItem', { n: index + 1 })}
                  extra={
                    <Button type="text" danger icon={<MinusCircleOutlined />} onClick={() => remove(item.name)}>
                      {t('support.common.remove')}
                    </Button>
                  }
                >
                  <Form.Item name={[item.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[item.name, 'title']}
                    label={t('support.meetings.form.itemTitle')}
                    rules={[{ required: true, whitespace: true, max: 2000 }]}
                  >
                    <Input.TextArea autoSize />
                  </Form.Item>
                  <Typography.Text strong>{t('support.meetings.heard')}</Typography.Text>
                  <SpeechList name={[item.name, 'heard']} label={t('support.meetings.form.heard')} />
                  <Typography.Text strong>{t('support.meetings.spoke')}</Typography.Text>
                  <SpeechList name={[item.name, 'spoke']} label={t('support.meetings.spoke')} />
                  <Typography.Text strong style={{ display: 'block', marginTop: 8 }}>
                    {t('support.meetings.form.decisions')}
                  </Typography.Text>
                  <Form.List name={[item.name, 'decisions']}>
                    {(decisions, decisionOps) => (
                      <>
                        {decisions.map((decision) => (
                          <Card key={decision.key} size="small" style={{ marginBottom: 8, background: '#fafafa' }}>
                            <Form.Item name={[decision.name, 'id']} hidden>
                              <Input />
                            </Form.Item>
                            <Row gutter={8}>
                              <Col xs={6} md={3}>
                                <Form.Item
                                  name={[decision.name, 'number']}
                                  label={t('support.meetings.form.decisionNumber')}
                                  rules={[{ required: true, whitespace: true, max: 20 }]}
                                >
                                  <Input />
                                </Form.Item>
                              </Col>
                              <Col xs={18} md={21}>
                                <Form.Item
                                  name={[decision.name, 'text']}
                                  label={t('support.meetings.form.decisionText')}
                                  rules={[{ required: true, whitespace: true, max: 4000 }]}
                                >
                                  <Input.TextArea autoSize />
                                </Form.Item>
                              </Col>
                            </Row>
                            <Row gutter={8}>
                              <Col xs={24} md={8}>
                                <Form.Item name={[decision.name, 'executor']} label={t('support.meetings.form.executor')}>
                                  <Select
                                    allowClear
                                    showSearch
                                    filterOption={false}
                                    onSearch={setSchoolSearch}
                                    placeholder={t('support.meetings.form.executorSearch')}
                                    options={executorOptions}
                                  />
                                </Form.Item>
                              </Col>
                              <Col xs={24} md={6}>
                                <Form.Item name={[decision.name, 'executorName']} label={t('support.meetings.form.executorName')} rules={[{ max: 500 }]}>
                                  <Input />
                                </Form.Item>
                              </Col>
                              <Col xs={24} md={5}>
                                <Form.Item name={[decision.name, 'executorPerson']} label={t('support.meetings.form.executorPerson')} rules={[{ max: 300 }]}>
                                  <Input />
                                </Form.Item>
                              </Col>
                              <Col xs={18} md={4}>
                                <Form.Item name={[decision.name, 'dueOn']} label={t('support.meetings.form.dueOn')}>
                                  <DatePicker format="DD.MM.YYYY" style={{ width: '100%' }} />
                                </Form.Item>
                              </Col>
                              <Col xs={6} md={1} style={{ display: 'flex', alignItems: 'center' }}>
                                <Button
                                  type="text"
                                  danger
                                  icon={<MinusCircleOutlined />}
                                  aria-label={t('support.common.remove')}
                                  onClick={() => decisionOps.remove(decision.name)}
                                />
                              </Col>
                            </Row>
                          </Card>
                        ))}
                        <Button
                          type="dashed"
                          icon={<PlusOutlined />}
                          onClick={() =>
                            decisionOps.add({ number: `${index + 1}.${decisions.length + 1}`, text: '' })
                          }
                        >
                          {t('support.meetings.form.addDecision')}
                        </Button>
                      </>
                    )}
                  </Form.List>
                  <Form.Item name={[item.name, 'unanimous']} valuePropName="checked" style={{ marginTop: 8, marginBottom: 0 }}>
                    <Checkbox>{t('support.meetings.form.unanimous')}</Checkbox>
                  </Form.Item>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '', heard: [], decisions: [], unanimous: true })}>
                {t('support.meetings.form.addItem')}
              </Button>
            </>
          )}
        </Form.List>
        <Flex gap={8} style={{ marginTop: 24 }}>
          <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
            {t('support.meetings.form.save')}
          </Button>
          <Button onClick={() => navigate(meeting ? `/meetings/${meeting.id}` : '/meetings')}>{t('common.cancel')}</Button>
        </Flex>
      </Form>
    </>
  );
}

/** Records a meeting (/meetings/new) or edits its draft protocol (/meetings/:id/edit) as one document. */
export default function MeetingEditPage() {
  const { meetingId } = useParams();
  const id = meetingId ? Number(meetingId) : undefined;
  return id ? <EditExisting id={id} /> : <ProtocolForm />;
}

function EditExisting({ id }: { id: number }) {
  const meeting = useMeeting(id);
  if (meeting.isError) return <QueryErrorResult error={meeting.error} onRetry={() => void meeting.refetch()} />;
  if (!meeting.data) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  return <ProtocolForm meeting={meeting.data} />;
}
