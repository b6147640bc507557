export { normal, type NormalOptions } from './normal';
export { setSeed } from './seed';
