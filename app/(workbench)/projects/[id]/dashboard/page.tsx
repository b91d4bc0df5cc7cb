// A project's dashboard (issue #23 item 4): progress by document, work by person over the last weeks,
// open annotations and QA issues by kind, and the quality score of each published edition. Each chart
// has its numbers in a table for screen readers. Data: lib/server/projects/project-dashboard.ts (the
// same as GET /api/v1/projects/:id/dashboard).
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { orNotFound } from '@/app/_components/or-not-found';
import { requireUser } from '@/lib/server/auth/current-user';
import { getProject } from '@/lib/server/projects/get-project';
import { projectDashboard } from '@/lib/server/projects/project-dashboard';
import { CHECK_LABELS, type CheckId } from '@/lib/qa';
import { categoryMessageKey } from '@/lib/review/mqm';
import { EditionsChart } from './_components/editions-chart';
import { IssuesChart } from './_components/issues-chart';
import { ProgressChart } from './_components/progress-chart';
import { WorkChart } from './_components/work-chart';
import '@/app/_components/charts/charts.css';
import './dashboard.css';

export async function generateMetadata() {
  return { title: (await getTranslations('dashboard'))('title') };
}

export default async function DashboardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const [project, d] = await Promise.all([orNotFound(getProject(user, id)), orNotFound(projectDashboard(user, id))]);
  const t = await getTranslations('dashboard');
  const tr = await getTranslations('review');
  const locale = await getLocale();
  const lang = locale.startsWith('ko') ? 'ko' : 'en';
  const day = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const open = d.progress.reduce((n, p) => n + p.total - p.counts.APPROVED, 0);
  return (
    <div className="dashboard">
      <p className="muted">
        <Link href={`/projects/${id}`}>← {project.name}</Link>
      </p>
      <h1>{t('heading', { name: project.name })}</h1>
      <dl className="dash-figures">
        <div>
          <dt>{t('documents')}</dt>
          <dd>{d.progress.length}</dd>
        </div>
        <div>
          <dt>{t('segmentsLeft')}</dt>
          <dd>{open}</dd>
        </div>
        <div>
          <dt>{t('openAnnotations')}</dt>
          <dd>{d.openAnnotations.reduce((n, a) => n + a.count, 0)}</dd>
        </div>
        <div>
          <dt>{t('qaIssues')}</dt>
          <dd>{d.qaIssues.reduce((n, a) => n + a.count, 0)}</dd>
        </div>
      </dl>
      <div className="dash-grid">
        <ProgressChart progress={d.progress} />
        <WorkChart weeks={d.weeks} work={d.work} weekLabels={d.weeks.map((w) => day.format(new Date(w)))} />
        <IssuesChart
          id="dash-annotations"
          title={t('annotationsTitle')}
          help={t('annotationsHelp')}
          empty={t('noAnnotations')}
          colour="var(--sev-major-line)"
          rows={d.openAnnotations.map((a) => ({
            key: a.category,
            label: tr(`category_${categoryMessageKey(a.category)}`),
            count: a.count,
          }))}
        />
        <IssuesChart
          id="dash-qa"
          title={t('qaTitle')}
          help={t('qaHelp')}
          empty={t('noQa')}
          colour="var(--state-rejected-bar)"
          rows={d.qaIssues.map((q) => ({ key: q.check, label: CHECK_LABELS[q.check as CheckId]?.[lang] ?? q.check, count: q.count }))}
        />
        <EditionsChart editions={d.editions} threshold={d.threshold} dates={d.editions.map((e) => date.format(new Date(e.publishedAt)))} />
      </div>
    </div>
  );
}
