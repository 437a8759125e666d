export { codeOf, type FunctionCloud, startFunctionCloud } from '../harness/function-cloud';
