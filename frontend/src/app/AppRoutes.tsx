import { lazy, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../shared/errors/ErrorResult';
import { AppShell } from './AppShell';

const RegionsPage = lazy(() => import('../features/registry/regions/RegionsPage'));
const MunicipalitiesPage = lazy(() => import('../features/registry/municipalities/MunicipalitiesPage'));
const SchoolsPage = lazy(() => import('../features/registry/schools/SchoolsPage'));
const SchoolCardPage = lazy(() => import('../features/schools/card/SchoolCardPage'));
const SchoolEditPage = lazy(() => import('../features/schools/edit/SchoolEditPage'));
const RoadmapsPage = lazy(() => import('../features/roadmaps/RoadmapsPage'));
const RoadmapPage = lazy(() => import('../features/roadmaps/RoadmapPage'));
const ReportPage = lazy(() => import('../features/roadmaps/ReportPage'));
const ReviewQueuePage = lazy(() => import('../features/roadmaps/ReviewQueuePage'));
const IndicatorsPage = lazy(() => import('../features/indicators/IndicatorsPage'));
const CampaignsPage = lazy(() => import('../features/campaigns/CampaignsPage'));
const CampaignPage = lazy(() => import('../features/campaigns/CampaignPage'));
const FormPage = lazy(() => import('../features/campaigns/FormPage'));
const FormReviewsPage = lazy(() => import('../features/campaigns/FormReviewsPage'));
const AnalyticsPage = lazy(() => import('../features/analytics/AnalyticsPage'));
const ValueImportPage = lazy(() => import('../features/exchange/ValueImportPage'));
const IdentificationPage = lazy(() => import('../features/identification/IdentificationPage'));
const CriteriaSetPage = lazy(() => import('../features/identification/CriteriaSetPage'));
const IdentificationListPage = lazy(() => import('../features/identification/ListPage'));
const RiskProfilePage = lazy(() => import('../features/risks/RiskProfilePage'));
const RiskProfilesPage = lazy(() => import('../features/risks/RiskProfilesPage'));
const RiskAnalyticsPage = lazy(() => import('../features/risks/RiskAnalyticsPage'));
const RiskFactorsPage = lazy(() => import('../features/risks/RiskFactorsPage'));
const AttentionPage = lazy(() => import('../features/attention/AttentionPage'));
const MeetingsPage = lazy(() => import('../features/meeting/MeetingsPage'));
const MeetingPage = lazy(() => import('../features/meeting/MeetingPage'));
const MeetingEditPage = lazy(() => import('../features/meeting/MeetingEditPage'));
const DecisionsPage = lazy(() => import('../features/meeting/DecisionsPage'));
const RecommendationsPage = lazy(() => import('../features/recommendation/RecommendationsPage'));
const RecommendationPage = lazy(() => import('../features/recommendation/RecommendationPage'));
const EventsPage = lazy(() => import('../features/event/EventsPage'));
const WorkingGroupsPage = lazy(() => import('../features/workgroup/WorkingGroupsPage'));
const CuratorsPage = lazy(() => import('../features/curator/CuratorsPage'));
const VisitsPage = lazy(() => import('../features/curator/VisitsPage'));
const RegionScorecardPage = lazy(() => import('../features/scorecard/RegionScorecardPage'));
const MunicipalityScorecardPage = lazy(() => import('../features/scorecard/MunicipalityScorecardPage'));

export function AppRoutes({ shell = <AppShell /> }: { shell?: ReactNode }) {
  return (
    <Routes>
      <Route element={shell}>
        <Route index element={<AttentionPage />} />
        <Route path="regions" element={<RegionsPage />} />
        <Route path="regions/:regionId/municipalities" element={<MunicipalitiesPage />} />
        <Route path="schools" element={<SchoolsPage />} />
        <Route path="schools/:schoolId" element={<SchoolCardPage />} />
        <Route path="schools/:schoolId/edit" element={<SchoolEditPage />} />
        <Route path="roadmaps" element={<RoadmapsPage />} />
        <Route path="roadmaps/:roadmapId" element={<RoadmapPage />} />
        <Route path="roadmaps/:roadmapId/reports/:period" element={<ReportPage />} />
        <Route path="reviews" element={<ReviewQueuePage />} />
        <Route path="indicators" element={<IndicatorsPage />} />
        <Route path="campaigns" element={<CampaignsPage />} />
        <Route path="campaigns/:campaignId" element={<CampaignPage />} />
        <Route path="campaigns/:campaignId/forms/:schoolId" element={<FormPage />} />
        <Route path="form-reviews" element={<FormReviewsPage />} />
        <Route path="analytics" element={<AnalyticsPage />} />
        <Route path="value-imports" element={<ValueImportPage />} />
        <Route path="identification" element={<IdentificationPage />} />
        <Route path="identification/criteria-sets/:setId" element={<CriteriaSetPage />} />
        <Route path="identification/lists/:listId" element={<IdentificationListPage />} />
        <Route path="schools/:schoolId/risk-profile/:year" element={<RiskProfilePage />} />
        <Route path="risk-profiles" element={<RiskProfilesPage />} />
        <Route path="risk-analytics" element={<RiskAnalyticsPage />} />
        <Route path="risk-factors" element={<RiskFactorsPage />} />
        <Route path="meetings" element={<MeetingsPage />} />
        <Route path="meetings/new" element={<MeetingEditPage />} />
        <Route path="meetings/:meetingId" element={<MeetingPage />} />
        <Route path="meetings/:meetingId/edit" element={<MeetingEditPage />} />
        <Route path="decisions" element={<DecisionsPage />} />
        <Route path="recommendations" element={<RecommendationsPage />} />
        <Route path="recommendations/:recommendationId" element={<RecommendationPage />} />
        <Route path="events" element={<EventsPage />} />
        <Route path="working-groups" element={<WorkingGroupsPage />} />
        <Route path="curators" element={<CuratorsPage />} />
        <Route path="visits" element={<VisitsPage />} />
        <Route path="scorecard" element={<RegionScorecardPage />} />
        <Route path="municipalities/:municipalityId/scorecard/:year" element={<MunicipalityScorecardPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
