import { ComingSoon } from '../../components/coming-soon';

export default function ServicesPage() {
  return <ComingSoon title="社区服务" features={['开门与访客通行', '报事报修', '物业缴费', '社区公告与议事投票']} />;
}
