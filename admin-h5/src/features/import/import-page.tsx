import { CsvSyntaxError } from '@linli/shared';
import { type ChangeEvent, useMemo, useState } from 'react';
import { ErrorNotice } from '../../ui/error-notice';
import { Field } from '../../ui/field';
import { CompoundSelect } from './compound-select';
import { ImportOutcome } from './import-outcome';
import { TEMPLATE_FILE_NAME, TEMPLATE_HREF } from './import-template';
import { type BatchPlan, planBatches } from './plan-batches';
import { readFileText } from './read-file-text';
import { type RunResult, runBatches } from './run-batches';
import './import-page.css';

export type Phase =
  | { step: 'editing' }
  | { step: 'running'; dryRun: boolean; done: number; total: number }
  | { step: 'checked'; result: RunResult }
  | { step: 'imported'; result: RunResult; total: number }
  | { step: 'failed'; error: unknown; dryRun: boolean };

function planOf(text: string): { plan: BatchPlan } | { syntax: string } | null {
  if (!text.trim()) return null;
  try {
    return { plan: planBatches(text) };
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { syntax: error.message };
    throw error;
  }
}

/**
 * The building/room register import: pick the compound and a CSV (or paste it), 校验 checks every batch without
 * writing and lists each bad line; only a clean check unlocks 导入, so a file with problems imports nothing.
 */
export function ImportPage() {
  const [compoundId, setCompoundId] = useState('');
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'editing' });
  const parsed = useMemo(() => planOf(text), [text]);
  const plan = parsed && 'plan' in parsed ? parsed.plan : null;
  const isRunning = phase.step === 'running';
  const isChecked = phase.step === 'checked' && phase.result.errors.length === 0;

  const edit = (change: () => void) => {
    change();
    setPhase({ step: 'editing' });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const content = await readFileText(file);
    edit(() => {
      setText(content);
      setFileName(file.name);
    });
  };

  const run = async (dryRun: boolean) => {
    if (!plan || !compoundId) return;
    const total = plan.batches.length;
    setPhase({ step: 'running', dryRun, done: 0, total });
    try {
      const result = await runBatches({
        compoundId,
        batches: plan.batches,
        dryRun,
        onProgress: (done) => setPhase({ step: 'running', dryRun, done, total }),
      });
      setPhase(dryRun ? { step: 'checked', result } : { step: 'imported', result, total });
    } catch (error) {
      setPhase({ step: 'failed', error, dryRun });
    }
  };

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        导入
      </h1>
      <div className="card import-form">
        <p>
          按模板整理楼栋、单元、房号、楼层、面积（平方米）和类型，每行一套房屋。已登记且一致的房屋会跳过，重复导入不会重复创建。
        </p>
        <p>
          <a className="button button--secondary" href={TEMPLATE_HREF} download={TEMPLATE_FILE_NAME}>
            下载导入模板
          </a>
        </p>
        <CompoundSelect value={compoundId} onChange={(id) => edit(() => setCompoundId(id))} disabled={isRunning} />
        <div className="field">
          {/* The browser's own file button speaks the browser's language; this one always says 选择文件. */}
          <label className="button button--secondary file-pick">
            <input
              className="visually-hidden"
              type="file"
              accept=".csv,text/csv"
              onChange={onFile}
              disabled={isRunning}
              aria-describedby="import-file-hint"
            />
            选择 CSV 文件
          </label>
          <p id="import-file-hint" className="field__hint">
            {fileName ? `已选择：${fileName}` : '支持 Excel 另存的 CSV（UTF-8 或 GBK 编码）'}
          </p>
        </div>
        <Field label="或粘贴表格内容" hint="第一行为表头：楼栋,单元,房号,楼层,面积,类型">
          <textarea
            className="textarea import-form__text"
            value={text}
            spellCheck={false}
            disabled={isRunning}
            onChange={(event) => edit(() => setText(event.target.value))}
          />
        </Field>
        <p className="import-form__preview" role="status">
          {parsed === null ? '尚未选择文件或粘贴内容。' : null}
          {plan ? `共 ${plan.rows} 行数据，将分 ${plan.batches.length} 批提交（每批最多 500 行）。` : null}
        </p>
        {parsed && 'syntax' in parsed ? <ErrorNotice error={null} message={parsed.syntax} /> : null}
        <div className="form__actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={!plan || !compoundId || isRunning}
            onClick={() => void run(true)}
          >
            校验
          </button>
          <button type="button" className="button" disabled={!isChecked} onClick={() => void run(false)}>
            导入
          </button>
        </div>
        {!compoundId && plan ? <p className="field__hint">请先选择要导入的小区。</p> : null}
      </div>
      <ImportOutcome phase={phase} />
    </section>
  );
}
