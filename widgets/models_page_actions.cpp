// The Models page's actions on what is selected: activate, export, import, delete a version or
// a whole run, each asking the user first where it cannot be undone. Apart from the page's
// layout and selection in models_page.cpp.
#include "widgets/models_page.h"

#include "widgets/version_details.h"

#include <QFileDialog>
#include <QMessageBox>

namespace cohort::ui
{

void ModelsPage::installDefaultDialogs()
{
    m_confirm = [this](const QString &question)
    {
        return QMessageBox::question(this, tr("Delete stored models"), question,
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               == QMessageBox::Yes;
    };
    m_savePath = [this](const QString &suggestion)
    {
        return QFileDialog::getSaveFileName(this, tr("Export model version"), suggestion,
                                            tr("Cohort model (*.cohortmodel)"));
    };
    m_openPath = [this](const QString &)
    {
        return QFileDialog::getOpenFileName(this, tr("Import model version"), QString(),
                                            tr("Cohort model (*.cohortmodel);;All files (*)"));
    };
}

void ModelsPage::requestActivate()
{
    if (const VersionView *version = singleSelection())
        Q_EMIT activateRequested(version->id);
}

void ModelsPage::requestExport()
{
    const VersionView *version = singleSelection();
    if (!version)
        return;
    const qint64 id = version->id;
    const QString suggestion = QStringLiteral("%1-%2%3").arg(
        version->name.isEmpty() ? QStringLiteral("model") : version->name, QString::number(id),
        QLatin1String(kModelSuffix));
    QString path = m_savePath(suggestion);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(kModelSuffix), Qt::CaseInsensitive))
        path += QLatin1String(kModelSuffix);
    Q_EMIT exportRequested(id, path);
}

void ModelsPage::requestImport()
{
    const QString path = m_openPath(QString());
    if (!path.isEmpty())
        Q_EMIT importRequested(path);
}

void ModelsPage::requestDelete()
{
    const VersionView *version = singleSelection();
    if (!version)
        return;
    const qint64 id = version->id;
    const QString question = tr("Delete version %1 (%2)? This cannot be undone.")
                                 .arg(QString::number(id), versionDisplayName(*version));
    if (m_confirm(question))
        Q_EMIT deleteRequested(id);
}

void ModelsPage::requestDeleteRun()
{
    const VersionTableModel::Run *run = selectedRun();
    if (!run)
        return;
    // The ids are taken before asking: a round stored meanwhile is not deleted unannounced.
    const QString name = run->name;
    QVector<qint64> ids;
    for (const VersionView &version : run->versions)
        ids << version.id;
    const QString question = tr("Delete the run “%1” with all its %n versions? This cannot be "
                                "undone.",
                                nullptr, static_cast<int>(ids.size()))
                                 .arg(name);
    if (m_confirm(question))
        Q_EMIT deleteRunRequested(name, ids);
}

void ModelsPage::setConfirmFunction(ConfirmFunction confirm)
{
    m_confirm = std::move(confirm);
}

void ModelsPage::setSavePathFunction(PathFunction choose)
{
    m_savePath = std::move(choose);
}

void ModelsPage::setOpenPathFunction(PathFunction choose)
{
    m_openPath = std::move(choose);
}

} // namespace cohort::ui
