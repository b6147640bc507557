import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitepress';
import { apiSidebar } from './api-sidebar';
import { pageNotWrittenYet } from './pending-pages';
import { guideSidebar, nav } from './sidebar';
import { vueForOutsidePages } from './vue-for-outside-pages';
import { workspaceAliases } from './workspace-aliases';

const docsDir = fileURLToPath(new URL('../../../../docs/', import.meta.url));
const api = apiSidebar(`${docsDir}api`);
/** The site's icon: a ∂, inline so that it needs no file. */
const icon = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#3451b2"/><text x="16" y="24" font-size="22" text-anchor="middle" fill="#fff" font-family="serif">∂</text></svg>';

/**
 * The site: the Markdown of docs/ (English at the root, Chinese under zh/), the API reference
 * that TypeDoc writes to docs/api/, and tensortape bundled from the workspace sources.
 */
export default defineConfig({
  srcDir: '../../docs',
  title: 'tensortape',
  description: "TensorFlow's eager autodiff — Variable and GradientTape — for TypeScript",
  ignoreDeadLinks: [(url) => pageNotWrittenYet(docsDir, url)],
  head: [['link', { rel: 'icon', href: `data:image/svg+xml,${encodeURIComponent(icon)}` }]],
  themeConfig: {
    search: {
      provider: 'local',
      options: {
        locales: {
          zh: {
            translations: {
              button: { buttonText: '搜索', buttonAriaLabel: '搜索' },
              modal: { noResultsText: '没有结果', resetButtonTitle: '清除', footer: { selectText: '选择', navigateText: '切换', closeText: '关闭' } },
            },
          },
        },
      },
    },
  },
  locales: {
    root: {
      label: 'English',
      lang: 'en',
      themeConfig: {
        nav: nav('en'),
        sidebar: { '/api/': api, '/': guideSidebar('en') },
        outline: { level: [2, 3] },
      },
    },
    zh: {
      label: '简体中文',
      lang: 'zh-CN',
      link: '/zh/',
      description: 'TensorFlow 的即时执行自动求导（Variable 与 GradientTape），用 TypeScript 实现',
      themeConfig: {
        nav: nav('zh'),
        sidebar: { '/api/': api, '/zh/': guideSidebar('zh') },
        outline: { level: [2, 3], label: '本页目录' },
        docFooter: { prev: '上一页', next: '下一页' },
        darkModeSwitchLabel: '外观',
        sidebarMenuLabel: '菜单',
        returnToTopLabel: '回到顶部',
        langMenuLabel: '语言',
      },
    },
  },
  vite: {
    plugins: [vueForOutsidePages()],
    resolve: { alias: workspaceAliases() },
    // The search index of the API reference is one large chunk, loaded when search opens.
    build: { chunkSizeWarningLimit: 2000 },
  },
});
