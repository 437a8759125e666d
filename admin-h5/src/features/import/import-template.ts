/** The register template: the header the server reads and two rows showing the expected values. */
export const TEMPLATE_CSV = [
  '楼栋,单元,房号,楼层,面积,类型',
  '1栋,1单元,101,1,89.50,住宅',
  '1栋,1单元,102,1,120,商铺',
].join('\r\n');

export const TEMPLATE_FILE_NAME = '房屋导入模板.csv';

/** A data: URL, with a BOM so Excel opens the Chinese header as UTF-8. No object URL to revoke. */
export const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${TEMPLATE_CSV}\r\n`)}`;
