import { ServiceStatusCard } from './service-status-card';

/** The landing page after login; work queues and counts join the service card as their features arrive. */
export function DashboardPage() {
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        工作台
      </h1>
      <div className="card-grid">
        <ServiceStatusCard />
      </div>
    </section>
  );
}
