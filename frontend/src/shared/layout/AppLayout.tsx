import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, ConfigProvider, Drawer, Grid, Layout, Menu, Segmented, Space, Tooltip, Typography, type MenuProps } from 'antd';
import { type ReactNode, useState } from 'react';
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

/** The sub-menu that holds the page with `key`, if any. */
function groupOf(key: string | undefined, navigation: LayoutNavigationItem[]): string | undefined {
  return navigation.find((item) => item.children?.some((child) => child.key === key))?.key;
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

/** Width of the side menu: the longest entries («Методические мероприятия» inside a group) fit on one line. */
const SIDER_WIDTH = 280;
/** Height of antd's Layout.Header. */
const HEADER_HEIGHT = 64;

/**
 * The side menu of a wide screen. Like the phone's drawer it is an inline menu; only the group holding the current
 * page is open at first (a group the user opens stays open), and navigating into another group opens that one too, so
 * the current page is always in sight.
 */
function SideMenu({ navigation, selected, label }: { navigation: LayoutNavigationItem[]; selected: string[]; label: string }) {
  const current = groupOf(selected[0], navigation);
  const [openKeys, setOpenKeys] = useState<string[]>(current ? [current] : []);
  const [openedFor, setOpenedFor] = useState(current);
  if (openedFor !== current) {
    setOpenedFor(current);
    if (current && !openKeys.includes(current)) setOpenKeys([...openKeys, current]);
  }
  return (
    <ConfigProvider theme={{ components: { Menu: { itemMarginInline: 8, itemPaddingInline: 16 } } }}>
      <Menu
        mode="inline"
        aria-label={label}
        inlineIndent={16}
        selectedKeys={selected}
        openKeys={openKeys}
        onOpenChange={setOpenKeys}
        items={menuItems(navigation)}
        style={{ borderInlineEnd: 'none', paddingBlock: 8 }}
      />
    </ConfigProvider>
  );
}

/**
 * The frame of every page: a header with the product's name, the user, the language and «Выйти», and the main
 * menu. From the lg breakpoint (992 px) the menu is a side menu, which keeps every entry in sight however many
 * sections a role has (a horizontal bar folded the last ones into «…»); below it the menu is a drawer behind a menu
 * button, and on a phone (below md, 768 px) the user's and organisation's names move into that drawer too, so the
 * header never squeezes them into a column of letters.
 */
export function AppLayout({ userName, organisationName, navigation, onSignOut, children }: AppLayoutProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const sider = screens.lg !== false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const selected = selectedKey(pathname, navigation);
  const who = (
    <Space orientation="vertical" size={0} style={{ lineHeight: 1.3, textAlign: phone ? 'left' : 'right', minWidth: 0 }}>
      <Typography.Text strong data-testid="user-name">
        <UserOutlined /> {userName}
      </Typography.Text>
      <Typography.Text
        type="secondary"
        data-testid="organisation-name"
        style={{ fontSize: 12, maxWidth: phone ? undefined : 360 }}
        ellipsis={phone ? false : { tooltip: organisationName }}
      >
        {organisationName}
      </Typography.Text>
    </Space>
  );
  const signOut = (
    <Button icon={<LogoutOutlined />} onClick={onSignOut}>
      {t('header.logout')}
    </Button>
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: phone ? 12 : 24,
          paddingInline: phone ? 12 : 24,
          background: '#fff',
          borderBottom: '1px solid #f0f0f0',
          ...(sider ? { position: 'sticky', top: 0, zIndex: 10 } : {}),
        }}
      >
        {!sider && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('header.menu')}
            aria-expanded={drawerOpen}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link to="/" style={{ display: 'flex', alignItems: 'baseline', gap: 12, whiteSpace: 'nowrap' }}>
          <Typography.Text strong style={{ margin: 0, fontSize: 20 }}>
            {t('app.name')}
          </Typography.Text>
          <Typography.Text type="secondary" className="app-subtitle">
            {t('app.subtitle')}
          </Typography.Text>
        </Link>
        <div style={{ flex: 1 }} />
        {phone ? (
          <LanguageSwitch />
        ) : (
          <Space size="middle">
            {who}
            <LanguageSwitch />
            {signOut}
          </Space>
        )}
      </Layout.Header>
      <Layout hasSider={sider}>
        {sider && (
          <Layout.Sider
            width={SIDER_WIDTH}
            theme="light"
            style={{
              position: 'sticky',
              top: HEADER_HEIGHT,
              height: `calc(100vh - ${HEADER_HEIGHT}px)`,
              overflowY: 'auto',
              borderInlineEnd: '1px solid #f0f0f0',
            }}
          >
            <nav aria-label={t('header.menu')}>
              <SideMenu navigation={navigation} selected={selected} label={t('header.menu')} />
            </nav>
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: phone ? 12 : 24, maxWidth: 1400, width: '100%', margin: '0 auto', minWidth: 0 }}>
          {children}
        </Layout.Content>
      </Layout>
      {!sider && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={t('app.name')}
          size={300}
          styles={{ body: { padding: 0 } }}
          footer={phone && <Space orientation="vertical" style={{ width: '100%' }}>{who}{signOut}</Space>}
        >
          <Menu
            mode="inline"
            aria-label={t('header.menu')}
            selectedKeys={selected}
            defaultOpenKeys={navigation.filter((item) => item.children).map((item) => item.key)}
            items={menuItems(navigation)}
            onClick={() => setDrawerOpen(false)}
            style={{ borderInlineEnd: 'none' }}
          />
        </Drawer>
      )}
    </Layout>
  );
}
