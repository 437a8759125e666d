import { hrefOf } from '../../router/hash-location';

/** A link or bookmark to a page the signed-in role may not use: say so rather than show a page that would fail. */
export function ForbiddenPage() {
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        没有权限
      </h1>
      <p>您的账号没有使用此页面的权限。如需开通，请联系平台管理员。</p>
      <p>
        <a className="button button--secondary" href={hrefOf('/')}>
          返回工作台
        </a>
      </p>
    </section>
  );
}
