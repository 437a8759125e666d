import { hrefOf } from '../../router/hash-location';

/** An old bookmark or a mistyped link: say so, and offer the way back. */
export function NotFoundPage() {
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        页面不存在
      </h1>
      <p>您访问的页面不存在或已下线。</p>
      <p>
        <a className="button button--secondary" href={hrefOf('/')}>
          返回工作台
        </a>
      </p>
    </section>
  );
}
