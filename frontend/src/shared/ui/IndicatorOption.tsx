import { Typography } from 'antd';

/**
 * An indicator as a choice in a list: its name, with its code small and grey after it; the search finds either.
 * Use with `showSearch={{ optionFilterProp: 'search' }}`.
 */
export function indicatorOption<V>(value: V, indicator: { code: string; name: string }) {
  return {
    value,
    search: `${indicator.name} ${indicator.code}`,
    title: indicator.name,
    label: (
      <span>
        {indicator.name}{' '}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {indicator.code}
        </Typography.Text>
      </span>
    ),
  };
}
