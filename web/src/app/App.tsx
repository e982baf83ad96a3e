import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, lazy, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Loading } from '../components/Status';
import { EmailLinkPage } from '../pages/EmailLinkPage';
import { LoginPage } from '../pages/LoginPage';
import { Layout } from './Layout';
import { RequireSession } from './RequireSession';
import { StaffOnly } from './StaffOnly';
import { Home } from './Home';
import { createQueryClient } from './query-client';

// Pages load on first visit, so signing in downloads only the shell and the page it lands on.
const OverviewPage = lazy(() => import('../pages/OverviewPage'));
const PeoplePage = lazy(() => import('../pages/PeoplePage'));
const PersonPage = lazy(() => import('../pages/PersonPage'));
const AgentsPage = lazy(() => import('../pages/AgentsPage'));
const CohortsPage = lazy(() => import('../pages/CohortsPage'));
const CohortPage = lazy(() => import('../pages/CohortPage'));
const IntegrationsPage = lazy(() => import('../pages/IntegrationsPage'));
const SettingsPage = lazy(() => import('../pages/SettingsPage'));
const MySecurityPage = lazy(() => import('../pages/MySecurityPage'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));

export function App() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <BrowserRouter>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/sign-in/email" element={<EmailLinkPage />} />
          <Route element={<RequireSession />}>
            <Route element={<Layout />}>
              <Route index element={<Home />} />
              <Route element={<StaffOnly />}>
                <Route path="overview" element={<Page of={OverviewPage} />} />
                <Route path="people" element={<Page of={PeoplePage} />} />
                <Route path="people/:id" element={<Page of={PersonPage} />} />
                <Route path="agents" element={<Page of={AgentsPage} />} />
                <Route path="cohorts" element={<Page of={CohortsPage} />} />
                <Route path="cohorts/:id" element={<Page of={CohortPage} />} />
                <Route path="integrations" element={<Page of={IntegrationsPage} />} />
              </Route>
              <Route path="settings/*" element={<Page of={SettingsPage} />} />
              <Route path="me" element={<Page of={MySecurityPage} />} />
              <Route path="home" element={<Navigate to="/" replace />} />
              <Route path="*" element={<Page of={NotFoundPage} />} />
            </Route>
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}

function Page({ of: Component }: { of: React.ComponentType }) {
  return (
    <Suspense fallback={<Loading />}>
      <Component />
    </Suspense>
  );
}
