import type { Engine, EngineId } from './engine';
import { jaxEngine } from './jax';
import { tensortapeEngine } from './tensortape';
import { tfjsEngine } from './tfjs';

export { ENGINE_IDS, type Engine, type EngineId, type Task } from './engine';

export function createEngine(id: EngineId): Engine {
  switch (id) {
    case 'tensortape-f32':
      return tensortapeEngine('float32');
    case 'tensortape-f64':
      return tensortapeEngine('float64');
    case 'tfjs-cpu':
      return tfjsEngine('cpu');
    case 'tfjs-wasm':
      return tfjsEngine('wasm');
    case 'jax-wasm':
      return jaxEngine();
  }
}
