import { InfoCircleOutlined } from '@ant-design/icons';
import { Button, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A code (an indicator's, say) kept out of the way: people read names, and the code is one click away, copyable, for
 * those who exchange files or talk to the federal systems.
 */
export function CodeHint({ code, label }: { code: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Popover
      trigger="click"
      content={
        <span>
          {label}:{' '}
          <Typography.Text code copyable={{ text: code, tooltips: [t('usability.copy'), t('usability.copied')] }}>
            {code}
          </Typography.Text>
        </span>
      }
    >
      <Button type="text" size="small" icon={<InfoCircleOutlined />} aria-label={`${label}: ${code}`} />
    </Popover>
  );
}
