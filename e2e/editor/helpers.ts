// Shared steps for the editor specs: a fresh document per test (so specs never share segments),
// signed-in pages, and reading segments back through the API.
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { apiSignIn, DEMO } from '../support/fixtures';

export async function demoProjectId(request: APIRequestContext): Promise<string> {
  await apiSignIn(request, DEMO.owner);
  const res = await request.get('/api/v1/projects');
  const projects = (await res.json()).projects as { id: string; name: string }[];
  return (projects.find((p) => p.name === 'Korean Peninsula Today (demo)') ?? projects[0]!).id;
}

/** Creates a document in the demo project as the owner; returns its id. */
export async function createDoc(
  request: APIRequestContext,
  paragraphs: string[],
  title = `Editor e2e ${Date.now()}-${Math.random().toString(36).slice(2, 7)}`,
): Promise<string> {
  const projectId = await demoProjectId(request);
  const res = await request.post(`/api/v1/projects/${projectId}/documents`, {
    data: { title, content: paragraphs.join('\n\n'), format: 'text' },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id;
}

export async function segmentsOf(request: APIRequestContext, documentId: string) {
  const res = await request.get(`/api/v1/documents/${documentId}/segments`);
  expect(res.ok()).toBe(true);
  return (await res.json()).segments as { id: string; position: number; targetText: string; state: string; version: number }[];
}

export async function openEditor(page: Page, documentId: string, email: string = DEMO.translator, query = '') {
  await apiSignIn(page.request, email);
  await page.goto(`/documents/${documentId}${query}`);
  await expect(editorMounted(page)).toBeVisible();
}

export async function newSignedInPage(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await apiSignIn(page.request, email);
  return { context, page };
}

export const row = (page: Page, n: number) => page.locator(`[data-segment-id][data-number="${n}"]`);
export const editorIn = (page: Page) => page.getByTestId('segment-editor');
/**
 * The segment editor once TipTap has mounted. Before that the server-rendered plain editor carries the
 * same test id and takes typing, but not the editor's keys (Ctrl+Enter, Ctrl+ArrowDown): a test that
 * presses them, or goes offline (the app's scripts would never load), waits for this one.
 */
export const editorMounted = (page: Page) => page.locator('.ProseMirror[data-testid="segment-editor"]');

export const PARAGRAPHS = [
  'Seoul and Pyongyang test the waters.',
  'The talks resumed on Monday after a long pause.',
  'Officials from both sides met at the border village.',
  'Neither side made a statement afterwards.',
  'Analysts expect a second round next month.',
];

/** Picks a row filter (State, Origin, Show) in the toolbar's filters popover, opened if needed, then closes it. */
export async function filterBy(page: Page, name: string, value: string) {
  const select = page.getByRole('combobox', { name, exact: true });
  if (!(await select.isVisible())) await page.getByTestId('filters-button').click();
  await select.selectOption(value);
  if (await select.isVisible()) await page.keyboard.press('Escape');
  await expect(select).toBeHidden();
}
