import { presetPalettes } from '@ant-design/colors';
import { theme as antdTheme } from 'antd';
import { describe, expect, it } from 'vitest';
import { COLORS, TAG_TEXT, THEME } from './theme';

/** WCAG 2 relative luminance of an opaque #rrggbb colour, or of rgba(0, 0, 0, a) laid over `under`. */
function luminance(color: string, under = '#ffffff'): number {
  const rgba = /^rgba\(0, ?0, ?0, ?([\d.]+)\)$/.exec(color);
  const hex = rgba ? mixBlack(Number(rgba[1]), under) : color;
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function mixBlack(alpha: number, under: string): string {
  const channel = (at: number) => Math.round(parseInt(under.slice(at, at + 2), 16) * (1 - alpha));
  return `#${[1, 3, 5].map((at) => channel(at).toString(16).padStart(2, '0')).join('')}`;
}

function contrast(text: string, background: string): number {
  const [light, dark] = [luminance(text, background), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

const AA = 4.5;
const token = antdTheme.getDesignToken(THEME);
/** The page background (styles.css), white cards and tables, and the sorted column's grey. */
const SURFACES = ['#ffffff', '#f5f7fa', '#fafafa'];

describe('theme colours pass WCAG AA', () => {
  it.each(SURFACES)('links, primary and secondary text on %s', (surface) => {
    for (const text of [token.colorLink, token.colorPrimary, token.colorError, token.colorSuccess, token.colorWarning]) {
      expect(contrast(text, surface), `${text} on ${surface}`).toBeGreaterThanOrEqual(AA);
    }
    for (const text of [COLORS.secondaryText, COLORS.placeholder]) {
      expect(contrast(text, surface), `${text} on ${surface}`).toBeGreaterThanOrEqual(AA);
    }
  });

  it('status tags: text on their own light background', () => {
    const pairs = {
      success: [token.colorSuccess, token.colorSuccessBg],
      processing: [token.colorInfo, token.colorInfoBg],
      warning: [token.colorWarning, token.colorWarningBg],
      error: [token.colorError, token.colorErrorBg],
    };
    for (const [status, [text, background]] of Object.entries(pairs)) {
      expect(contrast(text, background), status).toBeGreaterThanOrEqual(AA);
    }
  });

  it('preset tags: each hue in its text shade on its shade 1', () => {
    expect(THEME.components?.Tag).toMatchObject(Object.fromEntries(Object.entries(TAG_TEXT).map(([hue, c]) => [`${hue}7`, c])));
    for (const [hue, text] of Object.entries(TAG_TEXT)) {
      const background = presetPalettes[hue][0];
      expect(contrast(text, background), hue).toBeGreaterThanOrEqual(AA);
    }
  });

  it('an overdue row keeps its text and tags legible', () => {
    expect(contrast(token.colorText, '#fff1f0')).toBeGreaterThanOrEqual(AA);
    expect(contrast(token.colorError, '#fff1f0')).toBeGreaterThanOrEqual(AA);
  });
});
