import { ComingSoon } from '../../components/coming-soon';

export default function MePage() {
  return (
    <ComingSoon title="我的" features={['登录与房屋认证', '家庭成员管理', '我的报修与账单', '长辈模式（大字）']} />
  );
}
