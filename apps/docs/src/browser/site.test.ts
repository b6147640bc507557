import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './build-site';
import { launchChromium, type Browser } from './chromium';
import { serveStatic, type StaticServer } from './static-server';

const screenshots = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'tensortape-docs-site-'));
let server: StaticServer;
let browser: Browser;
const pageErrors: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${path}: ${e.message}`));
  await page.goto(`${server.url}${path}`);
  return page;
}

/** The lines the playground printed once it has finished `run` runs. */
async function printed(page: Page, run: number): Promise<string[]> {
  await page.waitForSelector(`[data-testid=output][data-runs="${run}"]`, { timeout: 60_000 });
  return page.locator('[data-testid=output] .tt-line').allTextContents();
}

// f(x) = x³ − 3x at x = 2, as the default program prints them: f, f′ = 3x² − 3, f″ = 6x.
const expectedOutput = [2, 9, 12].map((v) => `tf.Tensor(${v}.0, shape=(), dtype=float32)`);

/**
 * Builds the site, serves it on localhost and drives it in headless Chromium: the playground runs
 * its default program and plots it, the language menu leads to the Chinese guide, and every page
 * visited loads without a script error. Screenshots land in apps/docs/screenshots/.
 */
describe('the documentation site in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    await buildSite(outDir);
    server = await serveStatic(outDir);
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('runs the playground: prints f(2), f′(2), f″(2) in TF format and plots f, f′, f″', async () => {
    const page = await open('/playground.html');
    expect(await printed(page, 1)).toEqual(expectedOutput); // the program runs once on arrival
    await page.getByRole('button', { name: 'Run' }).click();
    expect(await printed(page, 2)).toEqual(expectedOutput);

    const curves = page.locator('[data-testid=plot] path[data-curve]');
    expect(await curves.evaluateAll((paths) => paths.map((p) => p.getAttribute('data-curve')))).toEqual(['f', 'df', 'd2f']);
    for (const path of await curves.all()) {
      // 201 samples: one move and 200 line segments, spread over most of the plot's width.
      expect((await path.getAttribute('d'))?.match(/L/g)).toHaveLength(200);
      const box = (await path.boundingBox())!;
      expect(box.width).toBeGreaterThan(400);
      expect(box.height).toBeGreaterThan(50);
    }
    await page.evaluate(() => window.scrollTo(0, 0)); // the fixed navigation bar belongs at the top
    await page.screenshot({ path: `${screenshots}playground.png`, fullPage: true });
    await page.close();
  });

  it('shows errors and edits: a broken program prints TF’s error, a new one its output', async () => {
    const page = await open('/playground.html');
    await printed(page, 1);
    await page.locator('#tt-source').fill("const v = new tf.Variable([1, 2]);\nconsole.log(v.assignAdd([1, 1]));\nv.assign([1]);");
    await page.keyboard.press('Control+Enter');
    const lines = await printed(page, 2);
    expect(lines[0]).toBe("<tf.Variable 'UnreadVariable' shape=(2,) dtype=float32, numpy=array([2., 3.], dtype=float32)>");
    expect(lines[1]).toMatch(/^ValueError: /);
    expect(await page.locator('[data-testid=plot]').count()).toBe(0);
    await page.close();
  });

  it('switches from the English guide to the Chinese one with the language menu', async () => {
    const page = await open('/getting-started.html');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.screenshot({ path: `${screenshots}guide-en.png` });
    await page.locator('.VPNavBarTranslations').hover();
    await page.locator('.VPNavBarTranslations a', { hasText: '简体中文' }).click();
    await page.waitForURL(/\/zh\/getting-started\.html$/);
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await page.locator('h1').first().textContent()).toContain('快速开始');
    expect(await page.locator('.VPSidebar').textContent()).toContain('种子笔记本逐格对照');
    await page.reload(); // a fresh load of the Chinese page itself, with the language menu closed
    expect(await page.locator('h1').first().textContent()).toContain('快速开始');
    await page.screenshot({ path: `${screenshots}guide-zh.png`, fullPage: true });
    await page.close();
  });

  it('the Chinese playground speaks Chinese and prints the same', async () => {
    const page = await open('/zh/playground.html');
    expect(await printed(page, 1)).toEqual(expectedOutput);
    expect(await page.getByRole('button', { name: '运行' }).count()).toBe(1);
    await page.close();
  });

  it('links the generated API reference', async () => {
    const page = await open('/api/tensortape/classes/GradientTape.html');
    expect(await page.locator('h1').first().textContent()).toContain('GradientTape');
    expect(await page.locator('.vp-doc').textContent()).toContain('batchJacobian');
    await page.screenshot({ path: `${screenshots}api.png` });
    await page.close();
  });

  it('raised no script error on any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
