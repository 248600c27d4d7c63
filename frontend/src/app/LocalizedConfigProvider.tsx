import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import ruRU from 'antd/locale/ru_RU';
import dayjs from 'dayjs';
import 'dayjs/locale/en';
import 'dayjs/locale/ru';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { THEME } from '../shared/theme/theme';

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
