import { ErrorNotice } from '../../ui/error-notice';
import type { Phase } from './import-page';
import { ImportReportTable } from './import-report-table';

/** Progress while batches run, then what happened: the totals, or every bad line of the file. */
export function ImportOutcome({ phase }: { phase: Phase }) {
  if (phase.step === 'editing') return null;
  if (phase.step === 'running') {
    const verb = phase.dryRun ? '校验' : '导入';
    return (
      <section className="card" aria-labelledby="import-progress-label">
        <label id="import-progress-label" htmlFor="import-progress" className="field__label">
          正在{verb}：第 {Math.min(phase.done + 1, phase.total)} / {phase.total} 批
        </label>
        <progress id="import-progress" className="import-progress" max={phase.total} value={phase.done}>
          {phase.done} / {phase.total}
        </progress>
      </section>
    );
  }
  if (phase.step === 'failed') {
    return (
      <section className="card" aria-label={phase.dryRun ? '校验结果' : '导入结果'}>
        <ErrorNotice error={phase.error} />
        {phase.dryRun ? null : <p>已提交成功的批次已写入；修正后可重新导入，已导入的房屋会自动跳过。</p>}
      </section>
    );
  }
  const { result } = phase;
  if (phase.step === 'checked') {
    return (
      <section className="card" aria-label="校验结果">
        {result.errors.length === 0 ? (
          <p className="notice notice--success" role="status">
            校验通过：共 {result.rows} 行，将新增 {result.created} 套房屋，{result.unchanged}{' '}
            套已登记无需变动。确认无误后点击「导入」。
          </p>
        ) : (
          <>
            <p className="error-notice error-notice__message" role="alert">
              校验未通过：发现 {result.errors.length} 处问题，未导入任何数据。请修改后重新校验。
            </p>
            <ImportReportTable errors={result.errors} />
          </>
        )}
      </section>
    );
  }
  const stopped = result.errors.length > 0;
  return (
    <section className="card" aria-label="导入结果">
      {stopped ? (
        <>
          <p className="error-notice error-notice__message" role="alert">
            导入在第 {result.batchesDone} / {phase.total} 批停止：此前的批次已导入（新增 {result.created}{' '}
            套），这一批及之后未导入。
          </p>
          <ImportReportTable errors={result.errors} />
        </>
      ) : (
        <p className="notice notice--success" role="status">
          导入完成：新增 {result.created} 套房屋，{result.unchanged} 套已登记无变化。
        </p>
      )}
    </section>
  );
}
