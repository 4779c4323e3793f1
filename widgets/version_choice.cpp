#include "widgets/version_choice.h"

namespace cohort::ui
{

namespace
{

bool fitsFile(const VersionView &version, const QStringList &fileColumns)
{
    if (version.columns.isEmpty())
        return false; // a version that does not say what it reads cannot be matched
    for (const QString &column : version.columns)
    {
        if (!fileColumns.contains(column))
            return false;
    }
    return true;
}

} // namespace

qint64 preferredVersion(const QVector<VersionView> &versions, const QStringList &fileColumns)
{
    const VersionView *active = nullptr;
    const VersionView *newest = nullptr;
    const VersionView *newestFitting = nullptr;
    for (const VersionView &version : versions)
    {
        const bool fits = !fileColumns.isEmpty() && fitsFile(version, fileColumns);
        if (version.active)
        {
            if (fits)
                return version.id;
            active = &version;
        }
        if (newest == nullptr || version.id > newest->id)
            newest = &version;
        if (fits && (newestFitting == nullptr || version.id > newestFitting->id))
            newestFitting = &version;
    }
    if (newestFitting != nullptr)
        return newestFitting->id;
    if (active != nullptr)
        return active->id;
    return newest != nullptr ? newest->id : 0;
}

} // namespace cohort::ui
