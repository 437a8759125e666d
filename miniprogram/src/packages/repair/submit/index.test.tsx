import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createFakeCloud, FakeFailure } from '../../../../test/fake-cloud';
import { typeInto, typeIntoTextArea } from '../../../../test/form-input';
import { membership, residentMe } from '../../../../test/memberships';
import { createFakePhotoSource, photo } from '../../../../test/photos';
import { repairDetail } from '../../../../test/repairs';
import { taroStub } from '../../../../test/taro-stub';
import { PhotoRefusedError } from '../../../features/repair/photo-check';
import SubmitRepairPage from './index';

const mockCloud = createFakeCloud();
jest.mock('../../../services/call', () => {
  const { contracts, createClient } = jest.requireActual('@linli/shared');
  return { call: createClient({ contracts, transport: (fn: string, event: never) => mockCloud.transport(fn, event) }) };
});
jest.mock('../../../features/repair/repair-call', () => {
  const { contracts, createClient } = jest.requireActual('@linli/shared');
  return {
    repairCall: createClient({ contracts, transport: (fn: string, event: never) => mockCloud.transport(fn, event) }),
  };
});
const mockPhotos = createFakePhotoSource();
jest.mock('../../../features/repair/photo-source', () => ({
  photoSource: {
    pick: (count: number) => mockPhotos.pick(count),
    upload: (picked: never, onProgress: never) => mockPhotos.upload(picked, onProgress),
  },
}));

const ROOM = membership({ roomId: 'cpd-1-b1-u1-101', roomLabel: '阳光花园 1栋 1单元 101', isCurrent: true });

async function click(target: HTMLElement) {
  await act(async () => {
    fireEvent.click(target);
  });
}

const tile = (n: number) => document.getElementById(`repair-photo-${n}`) as HTMLElement;
const fieldError = (name: string) => screen.queryByTestId(`field-${name}-error`)?.textContent ?? null;

async function openForm() {
  render(<SubmitRepairPage />);
  await waitFor(() => expect(document.getElementById('repair-form')).not.toBeNull());
}

async function fillValidForm() {
  await click(screen.getByTestId('choice-repair-category-water_electric'));
  await typeIntoTextArea('repair-description', '厨房水龙头一直滴水');
}

beforeEach(() => {
  mockCloud.reset();
  mockPhotos.reset();
  taroStub.reset();
  mockCloud.on('auth.me', () => residentMe([ROOM]));
  mockCloud.on('notify.templates', () => ({
    templates: [
      { topic: 'repair.assigned', templateId: null },
      { topic: 'repair.resolved', templateId: null },
    ],
  }));
  mockCloud.on('notify.answer', () => ({ allowance: {} }));
  mockCloud.on('repair.submit', () => repairDetail({ repairId: 'rep-9' }));
});

describe('报事报修: the form', () => {
  it('names my current room, and promises the category’s hours for the chosen urgency', async () => {
    await openForm();
    expect(document.getElementById('repair-room-label')?.textContent).toBe('本户：阳光花园 1栋 1单元 101');
    expect(screen.getAllByRole('radio').map((r) => r.textContent)).toEqual(
      expect.arrayContaining(['水电', '门窗', '电梯', '公共设施', '绿化保洁', '其他', '一般', '紧急']),
    );
    await click(screen.getByTestId('choice-repair-category-elevator'));
    expect(document.getElementById('repair-promise')?.textContent).toBe('物业承诺12小时内处理');
    await click(screen.getByTestId('choice-repair-urgency-urgent'));
    expect(document.getElementById('repair-promise')?.textContent).toBe('物业承诺2小时内处理');
  });

  it('checks the form with the contract before sending or asking anything', async () => {
    await openForm();
    await click(screen.getByTestId('repair-submit'));
    expect(fieldError('repair-category')).toBe('请选择报修类别');

    await click(screen.getByTestId('choice-repair-category-public_facility'));
    await click(screen.getByTestId('choice-repair-location-public'));
    await typeIntoTextArea('repair-description', '路灯坏');
    await click(screen.getByTestId('repair-submit'));
    expect(fieldError('repair-description')).toBe('请至少用5个字描述问题');
    expect(fieldError('repair-place')).toBe('请写明位置');
    expect(mockCloud.callsTo('repair.submit')).toEqual([]);
    expect(taroStub.modals).toEqual([]);
  });

  it('asks about notifications at 提交, records the answer, sends the report and opens its detail', async () => {
    await openForm();
    await click(screen.getByTestId('choice-repair-category-public_facility'));
    await click(screen.getByTestId('choice-repair-location-public'));
    await typeInto('repair-place', '3栋门口路灯');
    await typeIntoTextArea('repair-description', '路灯晚上不亮，很黑');
    await click(screen.getByTestId('repair-submit'));

    await waitFor(() => expect(taroStub.navigations).toEqual(['redirectTo /packages/repair/detail/index?id=rep-9']));
    expect(taroStub.modals[0]?.title).toBe('接收维修进度通知？');
    expect(mockCloud.callsTo('notify.answer')).toEqual([
      { answers: { 'repair.assigned': 'accept', 'repair.resolved': 'accept' } },
    ]);
    expect(mockCloud.callsTo('repair.submit')).toEqual([
      {
        category: 'public_facility',
        urgency: 'normal',
        location: { kind: 'public', place: '3栋门口路灯' },
        description: '路灯晚上不亮，很黑',
        photoIds: [],
      },
    ]);
  });

  it('sends the report when notifications are refused, and asks only once', async () => {
    mockCloud.on('repair.submit', () => {
      throw new FakeFailure('UNAVAILABLE', '服务暂时不可用，请稍后再试');
    });
    taroStub.confirms = false;
    await openForm();
    await fillValidForm();
    await click(screen.getByTestId('repair-submit'));
    expect(await screen.findByText('服务暂时不可用，请稍后再试')).toBeTruthy();
    expect(mockCloud.callsTo('notify.answer')).toEqual([
      { answers: { 'repair.assigned': 'reject', 'repair.resolved': 'reject' } },
    ]);

    mockCloud.on('repair.submit', () => repairDetail({ repairId: 'rep-9' }));
    await click(screen.getByTestId('repair-submit'));
    await waitFor(() => expect(mockCloud.callsTo('repair.submit')).toHaveLength(2));
    expect(taroStub.modals).toHaveLength(1);
  });

  it("puts the server's field problems under the field", async () => {
    mockCloud.on('repair.submit', () => {
      throw new FakeFailure('VALIDATION.FAILED', '提交的内容有误，请检查后重试', [
        { path: 'description', message: '描述含有不允许的内容' },
      ]);
    });
    await openForm();
    await fillValidForm();
    await click(screen.getByTestId('repair-submit'));
    await waitFor(() => expect(fieldError('repair-description')).toBe('描述含有不允许的内容'));
    expect(taroStub.navigations).toEqual([]);
  });

  it('offers binding instead of the form without an approved current room', async () => {
    mockCloud.on('auth.me', () => residentMe([membership({ roomId: 'r1', status: 'pending' })]));
    render(<SubmitRepairPage />);
    await waitFor(() => expect(document.getElementById('repair-no-room')).not.toBeNull());
    expect(document.getElementById('repair-form')).toBeNull();
    await click(screen.getByTestId('repair-bind-room'));
    expect(taroStub.navigations).toEqual(['navigateTo /packages/room/bind/index']);
  });
});

describe('报事报修: photos', () => {
  it('uploads each photo on its own: progress, a refused file, and sending only once all are settled', async () => {
    await openForm();
    await fillValidForm();
    mockPhotos.nextPick = [photo('a.jpg'), photo('b.pdf'), photo('c.jpg')];
    await click(screen.getByTestId('repair-photo-add'));
    expect(mockPhotos.pickedCounts).toEqual([9]);
    expect(mockPhotos.started).toEqual(['a.jpg', 'b.pdf', 'c.jpg']);

    await act(async () => mockPhotos.progress('a.jpg', 40));
    expect(within(tile(1)).getByText('上传中 40%')).toBeTruthy();
    await act(async () => {
      mockPhotos.finish('a.jpg', 'f-a');
      mockPhotos.fail('b.pdf', new PhotoRefusedError('FILE.NOT_IMAGE'));
    });
    expect(tile(1).getAttribute('data-state')).toBe('done');
    expect(tile(2).getAttribute('data-state')).toBe('failed');
    expect(within(tile(2)).getByText('只能上传 JPG、PNG 或 WebP 格式的图片')).toBeTruthy();
    expect(within(tile(2)).queryByText('重试')).toBeNull(); // a refused file stays refused

    await click(screen.getByTestId('repair-submit'));
    expect(fieldError('repair-photos')).toBe('照片还在上传，请稍候');
    await act(async () => mockPhotos.finish('c.jpg', 'f-c'));
    await click(screen.getByTestId('repair-submit'));
    expect(fieldError('repair-photos')).toBe('有照片未能上传，请删除或重试后再提交');
    expect(mockCloud.callsTo('repair.submit')).toEqual([]);

    await click(within(tile(2)).getByText('删除'));
    expect([tile(1), tile(2)].map((t) => t.getAttribute('data-state'))).toEqual(['done', 'done']);
    expect(document.getElementById('repair-photo-3')).toBeNull();
    await click(screen.getByTestId('repair-submit'));
    await waitFor(() => expect(mockCloud.callsTo('repair.submit')).toHaveLength(1));
    expect(mockCloud.callsTo('repair.submit')[0]).toMatchObject({ photoIds: ['f-a', 'f-c'] });
  });

  it('retries an upload the connection dropped', async () => {
    await openForm();
    mockPhotos.nextPick = [photo('a.jpg')];
    await click(screen.getByTestId('repair-photo-add'));
    await act(async () => mockPhotos.fail('a.jpg', new Error('network down')));
    expect(within(tile(1)).getByText('上传失败，请重试')).toBeTruthy();

    await click(within(tile(1)).getByText('重试'));
    expect(mockPhotos.started).toEqual(['a.jpg', 'a.jpg']);
    await act(async () => mockPhotos.finish('a.jpg', 'f-a'));
    expect(within(tile(1)).getByText('✓ 已上传')).toBeTruthy();
  });

  it('takes at most nine, says so, and offers no add tile once full', async () => {
    await openForm();
    mockPhotos.nextPick = Array.from({ length: 7 }, (_, i) => photo(`p${i}.jpg`));
    await click(screen.getByTestId('repair-photo-add'));
    mockPhotos.nextPick = Array.from({ length: 4 }, (_, i) => photo(`q${i}.jpg`));
    await click(screen.getByTestId('repair-photo-add'));
    expect(mockPhotos.pickedCounts).toEqual([9, 2]);
    expect(screen.getByText('最多9张照片，多选的2张未添加')).toBeTruthy();
    expect(document.getElementById('repair-photo-9')).not.toBeNull();
    expect(screen.queryByTestId('repair-photo-add')).toBeNull();
  });
});
