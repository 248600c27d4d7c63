import type { ThemeConfig } from 'antd';

/**
 * The one place for the SPA's colours. Every colour that carries text passes WCAG AA (4.5:1) on the background it
 * is drawn on (theme.test.ts checks each pair, axe checks the pages):
 * - primary, links and «processing» tags: a darker blue than antd's #1677ff (4.1:1 on white);
 * - success, warning and error: the darker shades antd uses for text, so that tags, Typography and form messages
 *   stay legible; icons and borders take the same hue;
 * - secondary, description and placeholder greys: 65 % black instead of antd's 45 % / 25 %;
 * - preset tag colours (gold, volcano, green…): antd writes them in shade 7 on shade 1, which is 2–4:1 for the warm
 *   and green hues; tags here use the darkest shade of each hue that passes.
 */
export const COLORS = {
  primary: '#1f5fa8',
  success: '#237804',
  warning: '#874d00',
  error: '#b3141b',
  secondaryText: 'rgba(0, 0, 0, 0.65)',
  placeholder: 'rgba(0, 0, 0, 0.6)',
} as const;

/** Text colour of each preset tag colour on its light background (antd's shade 1), by hue. */
export const TAG_TEXT = {
  red: '#a8071a',
  volcano: '#ad2102',
  orange: '#ad4e00',
  gold: '#874d00',
  yellow: '#876800',
  lime: '#3f6600',
  green: '#237804',
  cyan: '#006d75',
  blue: '#0958d9',
  geekblue: '#1d39c4',
  purple: '#531dab',
  magenta: '#c41d7f',
} as const;

/** antd reads a preset tag's text colour from the palette token `<hue>7`; inside Tag only, those tokens are ours. */
const tagPalette = Object.fromEntries(Object.entries(TAG_TEXT).map(([hue, color]) => [`${hue}7`, color]));

export const THEME: ThemeConfig = {
  token: {
    colorPrimary: COLORS.primary,
    colorInfo: COLORS.primary,
    colorLink: COLORS.primary,
    colorSuccess: COLORS.success,
    colorWarning: COLORS.warning,
    colorError: COLORS.error,
    // antd derives the light backgrounds from those seeds, which turns them grey for dark seeds: keep antd's own.
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorTextSecondary: COLORS.secondaryText,
    colorTextDescription: COLORS.secondaryText,
    colorTextTertiary: COLORS.secondaryText,
    colorTextPlaceholder: COLORS.placeholder,
    // Read-only data is shown in disabled controls (a frozen criteria set, an accepted value): it must stay readable.
    colorTextDisabled: COLORS.secondaryText,
  },
  components: {
    Tag: tagPalette,
    // «Нет данных» in an empty table is information, not a disabled control: antd draws it in 25 % black.
    Table: { colorTextDisabled: COLORS.secondaryText },
  },
};
