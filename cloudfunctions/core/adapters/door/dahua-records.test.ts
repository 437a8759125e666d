import { DoorError } from '../../ports/door-vendor';
import { parseRecords } from './dahua-records';

const REPLY = { status: 200 };

test('records as a controller words them, in index order, with unknown methods as other', () => {
  const text = [
    'found=2',
    'records[1].RecNo=551',
    'records[1].CreateTime=1789554945',
    'records[1].Door=1',
    'records[1].Method=7',
    'records[1].Status=0',
    'records[1].CardNo=A1B2',
    'records[0].RecNo=550',
    'records[0].CreateTime=1789554842',
    'records[0].Door=0',
    'records[0].Method=2',
    'records[0].Status=1',
    'records[0].UserID=108',
    '',
  ].join('\r\n');
  expect(parseRecords(text, REPLY, 'dev-x')).toEqual([
    {
      deviceId: 'dev-x',
      doorNo: 1,
      at: '2026-09-16T10:34:02.000Z',
      method: 'card',
      subject: '108',
      isGranted: true,
      raw: { serialNo: 550 },
    },
    {
      deviceId: 'dev-x',
      doorNo: 2,
      at: '2026-09-16T10:35:45.000Z',
      method: 'other',
      subject: 'A1B2',
      isGranted: false,
      raw: { serialNo: 551 },
    },
  ]);
  expect(parseRecords('found=0\r\n', REPLY, 'dev-x')).toEqual([]);
});

test.each([
  ['no found line', 'records[0].RecNo=1\r\nrecords[0].CreateTime=1\r\nrecords[0].Door=0'],
  ['found disagrees with the records', 'found=2\r\nrecords[0].RecNo=1\r\nrecords[0].CreateTime=1\r\nrecords[0].Door=0'],
  ['a record without its time', 'found=1\r\nrecords[0].RecNo=1\r\nrecords[0].Door=0'],
  ['a time that is not a number', 'found=1\r\nrecords[0].RecNo=1\r\nrecords[0].CreateTime=soon\r\nrecords[0].Door=0'],
  ['an HTML page', '<html><body>Document Error</body></html>'],
])('%s is a protocol error', (_name, text) => {
  expect(() => parseRecords(text, REPLY, 'dev-x')).toThrow(DoorError);
  try {
    parseRecords(text, REPLY, 'dev-x');
  } catch (error) {
    expect((error as DoorError).kind).toBe('PROTOCOL');
  }
});
