import { PageHeader } from '../components/PageHeader';
import { DistributionCard } from './overview/DistributionCard';
import { DriversCard } from './overview/DriversCard';
import { GroupsCard } from './overview/GroupsCard';
import { HeadlineStats } from './overview/HeadlineStats';
import { TrendCard } from './overview/TrendCard';

/** The organisation at a glance: where the index stands and goes, what drives it, who carries it. */
export default function OverviewPage() {
  return (
    <>
      <PageHeader title="Overview" subtitle="The Human Risk Index of the people you may see." />
      <HeadlineStats />
      <div className="grid two">
        <TrendCard />
        <DistributionCard />
      </div>
      <div className="grid two">
        <GroupsCard />
        <DriversCard />
      </div>
    </>
  );
}
