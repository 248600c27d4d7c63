import { Checkbox, type GetProps } from 'antd';

type CheckboxGroupProps = GetProps<typeof Checkbox.Group> & { 'aria-required'?: unknown; label: string };

/**
 * A checkbox group as a form field. Form.Item hands its control `aria-required`, which is not allowed on a plain
 * `div` (axe aria-allowed-attr, critical); a group of checkboxes is a `group` named by its label, and each checkbox
 * says for itself whether it is checked. The required rule still shows its message under the field.
 */
export function CheckboxGroupField({ 'aria-required': _required, label, ...props }: CheckboxGroupProps) {
  return <Checkbox.Group role="group" aria-label={label} {...props} />;
}
