import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, ConfigProvider, Layout, Menu, Segmented, Space, Tooltip, Typography, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LANGUAGES, rememberLanguage, type Language } from '../i18n/i18n';

export interface LayoutNavigationItem {
  key: string;
  path: string;
  label: string;
  /** Shown as a sub-menu; the item's own path is then no page. */
  children?: LayoutNavigationItem[];
}

type MenuItems = NonNullable<MenuProps['items']>;

function menuItems(navigation: LayoutNavigationItem[]): MenuItems {
  return navigation.map((item) =>
    item.children
      ? { key: item.key, label: item.label, children: menuItems(item.children) }
      : { key: item.key, label: <Link to={item.path}>{item.label}</Link> },
  );
}

function pages(navigation: LayoutNavigationItem[]): LayoutNavigationItem[] {
  return navigation.flatMap((item) => (item.children ? pages(item.children) : [item]));
}

interface AppLayoutProps {
  userName: string;
  organisationName: string;
  navigation: LayoutNavigationItem[];
  onSignOut: () => void;
  children: ReactNode;
}

function selectedKey(pathname: string, navigation: LayoutNavigationItem[]): string[] {
  const best = pages(navigation)
    .filter((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))
    .sort((left, right) => right.path.length - left.path.length)[0];
  return best ? [best.key] : [];
}

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Tooltip title={t('header.language')}>
      <Segmented<Language>
        size="small"
        value={(i18n.resolvedLanguage as Language) ?? 'ru'}
        options={LANGUAGES.map((language) => ({ value: language, label: language.toUpperCase() }))}
        onChange={(language) => {
          rememberLanguage(language);
          void i18n.changeLanguage(language);
        }}
      />
    </Tooltip>
  );
}

export function AppLayout({ userName, organisationName, navigation, onSignOut, children }: AppLayoutProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 24, paddingInline: 24, background: '#fff', borderBottom: '1px solid #f0f0f0' }}
      >
        <Link to="/" style={{ display: 'flex', alignItems: 'baseline', gap: 12, whiteSpace: 'nowrap' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary" className="app-subtitle">
            {t('app.subtitle')}
          </Typography.Text>
        </Link>
        {/* Narrower items than antd's default keep the whole ministry menu visible on a 1440 px screen. */}
        <ConfigProvider theme={{ components: { Menu: { itemPaddingInline: 14 } } }}>
          <Menu
            mode="horizontal"
            aria-label="main"
            selectedKeys={selectedKey(pathname, navigation)}
            items={menuItems(navigation)}
            style={{ flex: 1, minWidth: 0, borderBottom: 'none' }}
          />
        </ConfigProvider>
        <Space size="middle">
          <Space orientation="vertical" size={0} style={{ lineHeight: 1.3, textAlign: 'right' }}>
            <Typography.Text strong data-testid="user-name">
              <UserOutlined /> {userName}
            </Typography.Text>
            <Typography.Text type="secondary" data-testid="organisation-name" style={{ fontSize: 12 }}>
              {organisationName}
            </Typography.Text>
          </Space>
          <LanguageSwitch />
          <Button icon={<LogoutOutlined />} onClick={onSignOut}>
            {t('header.logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1400, width: '100%', margin: '0 auto' }}>{children}</Layout.Content>
    </Layout>
  );
}
