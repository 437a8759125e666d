/**
 * CloudBase timer crons have seven fields (`sec min hour day month week year`); croner takes six. The year field
 * can only be dropped when it is `*`: a trigger meant for one year must not silently fire every year locally.
 */
export function toCronerPattern(cloudbaseCron: string): string {
  const fields = cloudbaseCron.trim().split(/\s+/);
  if (fields.length !== 7) {
    throw new Error(`"${cloudbaseCron}" is not a CloudBase cron: it needs 7 fields (sec min hour day month week year)`);
  }
  const year = fields.pop();
  if (year !== '*') {
    throw new Error(`"${cloudbaseCron}": the local cloud only runs crons whose year field is *, not "${year}"`);
  }
  return fields.join(' ');
}
