import { runBackendConformance } from '@tensortape/test-utils';
import { registerCpuBackend } from './index';

registerCpuBackend();
runBackendConformance('cpu');
