import type { StaffProfile } from '@linli/shared';
import { AccountCard } from './account-card';
import { AttentionCard } from './attention-card';
import { ServiceStatusCard } from './service-status-card';

interface DashboardPageProps {
  staff: StaffProfile;
  /** The node narrowed to with the scope switcher; null for the whole scope. */
  withinId: string | null;
}

/** The landing page after login: what is waiting for the staff member, who they are, whether the service answers. */
export function DashboardPage({ staff, withinId }: DashboardPageProps) {
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        工作台
      </h1>
      <div className="card-grid">
        <AttentionCard staff={staff} withinId={withinId} />
        <AccountCard staff={staff} />
        <ServiceStatusCard />
      </div>
    </section>
  );
}
