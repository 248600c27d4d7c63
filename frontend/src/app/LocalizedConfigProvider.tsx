import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import ruRU from 'antd/locale/ru_RU';
import dayjs from 'dayjs';
import 'dayjs/locale/en';
import 'dayjs/locale/ru';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * antd's secondary, placeholder and description greys (45 % and 25 % black) fail WCAG AA contrast on our light
 * backgrounds (axe color-contrast); these are 4.5:1 or better on #f5f7fa.
 */
const THEME = {
  token: {
    colorPrimary: '#1f5fa8',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorError: '#c4161c',
  },
};

/** Keeps antd's and dayjs's locale in step with the i18next language (Russian by default). */
export function LocalizedConfigProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  dayjs.locale(english ? 'en' : 'ru');
  return (
    <ConfigProvider locale={english ? enUS : ruRU} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
