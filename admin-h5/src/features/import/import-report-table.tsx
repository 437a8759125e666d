import type { ImportReport } from '@linli/shared';

/** The server's findings, one per line of the file, in file order. */
export function ImportReportTable({ errors }: { errors: ImportReport['errors'] }) {
  return (
    <table className="table">
      <caption className="visually-hidden">校验问题</caption>
      <thead>
        <tr>
          <th scope="col" className="table__num table__shrink">
            行号
          </th>
          <th scope="col">问题</th>
        </tr>
      </thead>
      <tbody>
        {errors.map((error) => (
          <tr key={`${error.line}:${error.message}`}>
            <td className="table__num">{error.line}</td>
            <td className="table__text">{error.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
