import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';

interface EvidenceLinksFieldProps {
  /** The form list's name, e.g. «evidence». */
  name: string;
  label: string;
  urlLabel: string;
  titleLabel: string;
  addLabel: string;
  removeLabel: string;
  required?: boolean;
}

/** A list of evidence links (a document or a publication: address and title), as reports and decisions take them. */
export function EvidenceLinksField({ name, label, urlLabel, titleLabel, addLabel, removeLabel, required }: EvidenceLinksFieldProps) {
  return (
    <Form.Item label={label} required={required}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="baseline" wrap>
                <Form.Item
                  name={[field.name, 'url']}
                  rules={[{ required: true, type: 'url' }]}
                  style={{ flex: '2 1 240px', marginBottom: 8 }}
                >
                  <Input placeholder="https://" aria-label={`${urlLabel} ${index + 1}`} />
                </Form.Item>
                <Form.Item name={[field.name, 'title']} rules={[{ required: true }]} style={{ flex: '1 1 180px', marginBottom: 8 }}>
                  <Input placeholder={titleLabel} aria-label={`${titleLabel} ${index + 1}`} />
                </Form.Item>
                <Button type="text" icon={<MinusCircleOutlined />} aria-label={removeLabel} onClick={() => remove(field.name)} />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ url: '', title: '' })}>
              {addLabel}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
