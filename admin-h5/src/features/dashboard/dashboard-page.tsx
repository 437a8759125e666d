import type { StaffProfile } from '@linli/shared';
import { AccountCard } from './account-card';
import { ServiceStatusCard } from './service-status-card';

/** The landing page after login: who is signed in, and whether the service answers. */
export function DashboardPage({ staff }: { staff: StaffProfile }) {
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        工作台
      </h1>
      <div className="card-grid">
        <AccountCard staff={staff} />
        <ServiceStatusCard />
      </div>
    </section>
  );
}
