/** A page of the site: its path under docs/ (and docs/zh/ for the Chinese version) and titles. */
export interface Page {
  readonly slug: string;
  readonly en: string;
  readonly zh: string;
  /** Reference pages exist in English only; the Chinese sidebar links to them. */
  readonly englishOnly?: boolean;
}

export interface Section {
  readonly en: string;
  readonly zh: string;
  readonly pages: readonly Page[];
}

/** The sidebar's sections, in reading order. */
export const sections: readonly Section[] = [
  {
    en: 'Guide',
    zh: '指南',
    pages: [
      { slug: 'getting-started', en: 'Getting started', zh: '快速开始' },
      { slug: 'tensors-and-variables', en: 'Tensors and Variables', zh: '张量与变量' },
      { slug: 'gradient-tape', en: 'GradientTape', zh: 'GradientTape 梯度带' },
      { slug: 'derivatives', en: 'Partial and higher-order derivatives', zh: '偏导数与高阶导数' },
      { slug: 'forward-mode-and-jacobians', en: 'Jacobians and forward mode', zh: '雅可比矩阵与前向模式' },
      { slug: 'custom-gradients', en: 'Custom gradients and stopGradient', zh: '自定义梯度与 stopGradient' },
      { slug: 'training', en: 'Training loops', zh: '训练循环' },
      { slug: 'memory', en: 'Memory', zh: '内存' },
      { slug: 'backends', en: 'Backends and writing one', zh: '后端与编写后端' },
      { slug: 'performance', en: 'Performance', zh: '性能' },
    ],
  },
  {
    en: 'Coming from TensorFlow',
    zh: '从 TensorFlow 迁移',
    pages: [
      { slug: 'migrating-from-tensorflow', en: 'From TensorFlow (Python)', zh: '从 TensorFlow（Python）迁移' },
      { slug: 'migrating-from-tensorflow-js', en: 'From TensorFlow.js', zh: '从 TensorFlow.js 迁移' },
      { slug: 'seed-notebook', en: 'The seed notebook, cell by cell', zh: '种子笔记本逐格对照' },
    ],
  },
  {
    en: 'Reference',
    zh: '参考',
    pages: [
      { slug: 'playground', en: 'Playground', zh: '在线试用' },
      { slug: 'api/', en: 'API reference', zh: 'API 参考（英文）', englishOnly: true },
      { slug: 'ops', en: 'Ops', zh: '算子一览（英文）', englishOnly: true },
      { slug: 'decisions', en: 'Decisions and departures', zh: '设计决定与差异（英文）', englishOnly: true },
    ],
  },
];

/** Pages other contributors write; the site links them before they land (see config.ts). */
export const pagesWrittenElsewhere = ['training', 'performance'];
