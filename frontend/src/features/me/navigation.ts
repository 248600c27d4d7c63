import type { Me } from '../../shared/api/types';

export interface NavigationItem {
  key:
    | 'regions'
    | 'municipalities'
    | 'schools'
    | 'mySchool'
    | 'roadmaps'
    | 'reviews'
    | 'monitoring'
    | 'indicators'
    | 'campaigns'
    | 'formReviews'
    | 'analytics'
    | 'valueImports'
    | 'identification'
    | 'identificationLists'
    | 'riskProfile'
    | 'riskProfiles'
    | 'riskAnalytics'
    | 'riskFactors'
    | 'attention'
    | 'support'
    | 'meetings'
    | 'decisions'
    | 'recommendations'
    | 'events'
    | 'workingGroups'
    | 'curators'
    | 'visits'
    | 'scorecard';
  path: string;
  labelKey: string;
  /** A sub-menu: its own path is not a page. */
  children?: NavigationItem[];
}

/**
 * Monitoring: the indicator catalogue, collection campaigns, for a municipality the forms its schools submitted,
 * the analysis (a school sees its own dynamics and the region's) and, above the schools, loading values from files.
 */
function monitoringFor(me: Me): NavigationItem {
  const children: NavigationItem[] = [
    { key: 'indicators', path: '/indicators', labelKey: 'nav.indicators' },
    { key: 'campaigns', path: '/campaigns', labelKey: 'nav.campaigns' },
  ];
  if (me.role === 'MUNICIPALITY') {
    children.push({ key: 'formReviews', path: '/form-reviews', labelKey: 'nav.formReviews' });
  }
  children.push({ key: 'analytics', path: '/analytics', labelKey: 'nav.analytics' });
  if (me.role !== 'SCHOOL') {
    children.push({ key: 'valueImports', path: '/value-imports', labelKey: 'nav.valueImports' });
  }
  return { key: 'monitoring', path: '/monitoring', labelKey: 'nav.monitoring', children };
}

/** «Требует внимания»: the home page of every role, first in every menu. */
const ATTENTION: NavigationItem = { key: 'attention', path: '/', labelKey: 'support.nav.attention' };

/** Support of schools: meetings and their decisions, recommendations, events, working groups, curators and visits. */
function supportFor(): NavigationItem {
  return {
    key: 'support',
    path: '/support',
    labelKey: 'support.nav.support',
    children: [
      { key: 'meetings', path: '/meetings', labelKey: 'support.nav.meetings' },
      { key: 'decisions', path: '/decisions', labelKey: 'support.nav.decisions' },
      { key: 'recommendations', path: '/recommendations', labelKey: 'support.nav.recommendations' },
      { key: 'events', path: '/events', labelKey: 'support.nav.events' },
      { key: 'workingGroups', path: '/working-groups', labelKey: 'support.nav.workingGroups' },
      { key: 'curators', path: '/curators', labelKey: 'support.nav.curators' },
      { key: 'visits', path: '/visits', labelKey: 'support.nav.visits' },
    ],
  };
}

/**
 * Identification of ШНОР/ШНСУ and «500+» risks, by permission: the criteria and lists (a school: its own status),
 * the school's own risk profile of this year, the profiles to review, the region's analytics and (for who manages
 * the criteria) the risk factors with their derivation rules.
 */
function identificationFor(me: Me): NavigationItem[] {
  if (!me.permissions.includes('IDENTIFICATION_READ')) return [];
  const children: NavigationItem[] = [
    { key: 'identificationLists', path: '/identification', labelKey: me.permissions.includes('IDENTIFICATION_MANAGE') ? 'identification.nav.criteria' : 'identification.nav.lists' },
  ];
  if (me.permissions.includes('RISK_PROFILE_EDIT') && me.organisation.schoolId != null) {
    children.push({
      key: 'riskProfile',
      path: `/schools/${me.organisation.schoolId}/risk-profile/${new Date().getFullYear()}`,
      labelKey: 'identification.nav.myProfile',
    });
  }
  if (me.permissions.includes('RISK_PROFILE_REVIEW') || me.permissions.includes('RISK_ANALYTICS_READ')) {
    children.push({ key: 'riskProfiles', path: '/risk-profiles', labelKey: 'identification.nav.profiles' });
  }
  if (me.permissions.includes('RISK_ANALYTICS_READ')) {
    children.push({ key: 'riskAnalytics', path: '/risk-analytics', labelKey: 'identification.nav.analytics' });
  }
  if (me.permissions.includes('IDENTIFICATION_MANAGE')) {
    children.push({ key: 'riskFactors', path: '/risk-factors', labelKey: 'identification.nav.factors' });
  }
  return [{ key: 'identification', path: '/identification-menu', labelKey: 'identification.nav.menu', children }];
}

/**
 * The scorecard of municipal roadmaps (seed 002): the ministry's table of its region's municipalities, a municipality's
 * own card of this year. The server refuses the others (a school sees none).
 */
function scorecardFor(me: Me): NavigationItem[] {
  if (me.permissions.includes('SCORECARD_REGION')) {
    return [{ key: 'scorecard', path: '/scorecard', labelKey: 'scorecard.nav.region' }];
  }
  if (me.permissions.includes('SCORECARD_READ') && me.organisation.municipalityId != null) {
    return [
      {
        key: 'scorecard',
        path: `/municipalities/${me.organisation.municipalityId}/scorecard/${new Date().getFullYear()}`,
        labelKey: 'scorecard.nav.own',
      },
    ];
  }
  return [];
}

/**
 * Menu entries for the signed-in user. What is reachable comes from `permissions`; where it points
 * comes from the user's organisation binding (a school user's registry is its one school).
 */
export function navigationFor(me: Me): NavigationItem[] {
  const items = registryNavigationFor(me);
  items.push(...scorecardFor(me));
  if (me.permissions.includes('SUPPORT_READ')) items.push(supportFor());
  if (me.role === 'CURATOR' && me.permissions.includes('CURATOR_WORK')) {
    items.push(
      { key: 'curators', path: '/curators', labelKey: 'support.nav.mySchools' },
      { key: 'visits', path: '/visits', labelKey: 'support.nav.visits' },
      { key: 'recommendations', path: '/recommendations', labelKey: 'support.nav.recommendations' },
    );
  }
  return items.length === 0 ? [] : [ATTENTION, ...items];
}

function registryNavigationFor(me: Me): NavigationItem[] {
  if (!me.permissions.includes('REGISTRY_READ')) return [];
  const { organisation } = me;
  const roadmaps: NavigationItem = { key: 'roadmaps', path: '/roadmaps', labelKey: 'nav.roadmaps' };
  if (organisation.type === 'SCHOOL' && organisation.schoolId != null) {
    return [
      { key: 'mySchool', path: `/schools/${organisation.schoolId}`, labelKey: 'nav.mySchool' },
      roadmaps,
      monitoringFor(me),
      ...identificationFor(me),
    ];
  }
  const items: NavigationItem[] = [];
  if (organisation.type === 'REGION') {
    items.push({ key: 'regions', path: '/regions', labelKey: 'nav.regions' });
  }
  items.push({
    key: 'municipalities',
    path: `/regions/${organisation.regionId}/municipalities`,
    labelKey: organisation.type === 'MUNICIPALITY' ? 'nav.myMunicipality' : 'nav.municipalities',
  });
  items.push({ key: 'schools', path: '/schools', labelKey: 'nav.schools' });
  // The level above reviews execution reports: the ministry those of municipalities, a municipality its schools'.
  items.push(roadmaps, { key: 'reviews', path: '/reviews', labelKey: 'nav.reviews' }, monitoringFor(me));
  items.push(...identificationFor(me));
  return items;
}
