#include "widgets/version_details.h"

#include "widgets/number_text.h"
#include "widgets/version_table_model.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace cohort::ui
{

namespace
{

QString translated(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("cohort::ui::VersionDetails", text, comment, n);
}

const QString kMissing = QStringLiteral("–");

// A share (0.857) as a percentage with one decimal ("85.7%"); more decimals where one would
// round up to 100% or down to 0% a share that is neither.
QString sharePercentText(double share)
{
    if (std::isnan(share))
        return kMissing;
    const double percent = share * 100.0;
    int decimals = 1;
    const auto roundsToEnd = [&](int d)
    {
        const double scale = std::pow(10.0, d);
        const double rounded = std::round(percent * scale) / scale;
        return (rounded >= 100.0 && percent < 100.0) || (rounded <= 0.0 && percent > 0.0);
    };
    while (decimals < 4 && roundsToEnd(decimals))
        ++decimals;
    return translated("%1%", "a percentage").arg(QLocale().toString(percent, 'f', decimals));
}

QString scoreText(double value)
{
    return std::isnan(value) ? kMissing : QLocale().toString(value, 'f', 3);
}

QString wholeText(qint64 value)
{
    return value < 0 ? kMissing : QLocale().toString(value);
}

QString textOrMissing(const QString &text)
{
    return text.isEmpty() ? kMissing : text;
}

QString modelKindText(const QString &kind)
{
    if (kind == QLatin1String("mlp"))
        return translated("neural network (MLP)");
    return textOrMissing(kind);
}

QString hiddenLayersText(const VersionView &version)
{
    if (version.hiddenLayers.isEmpty())
        return version.modelKind.isEmpty() ? kMissing : translated("none", "hidden layers");
    QStringList widths;
    for (const int width : version.hiddenLayers)
        widths << QLocale().toString(width);
    return widths.join(QStringLiteral(" × "));
}

QString columnsText(const QStringList &columns)
{
    if (columns.isEmpty())
        return kMissing;
    return QStringLiteral("%1 (%2)").arg(QLocale().toString(columns.size()),
                                         columns.join(QStringLiteral(", ")));
}

QString section(const QString &title, const QString &text)
{
    const QString body = text.trimmed().isEmpty() ? translated("(not recorded)") : text;
    return QStringLiteral("<h4>%1</h4><pre style=\"white-space: pre-wrap\">%2</pre>")
        .arg(title.toHtmlEscaped(), body.toHtmlEscaped());
}

} // namespace

QString humanNumber(double value)
{
    if (std::isnan(value))
        return kMissing;
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    // Six significant digits, in the user's format, never an exponent.
    return readableNumber(value, QLocale(), 6);
}

QString versionDisplayName(const VersionView &version)
{
    if (version.round < 0)
        return version.name;
    return translated("%1 — round %2", "a version's name and its federation round")
        .arg(version.name, QString::number(version.round));
}

QVector<VersionProperty> versionProperties(const VersionView &version)
{
    const QLocale locale;
    return {
        {translated("Name"), versionDisplayName(version), false},
        {translated("Origin"), VersionTableModel::originText(version.origin)},
        {translated("Round"), version.round < 0 ? kMissing : QString::number(version.round)},
        {translated("Created"),
         version.created.isValid() ? locale.toString(version.created, QLocale::ShortFormat)
                                   : kMissing,
         false},
        {translated("Parent version"),
         version.parentId == 0 ? kMissing : QString::number(version.parentId), false},
        {translated("Predicts"), textOrMissing(version.target)},
        {translated("Accuracy"), sharePercentText(version.accuracy)},
        {translated("Balanced accuracy"), sharePercentText(version.balancedAccuracy)},
        {translated("Macro F1"), scoreText(version.macroF1)},
        {translated("ROC AUC"), scoreText(version.rocAuc)},
        {translated("Measured on"),
         version.evaluatedRows < 0
             ? kMissing
             : translated("%Ln rows", nullptr, static_cast<int>(version.evaluatedRows))},
        {translated("Model"), modelKindText(version.modelKind)},
        {translated("Hidden layers"), hiddenLayersText(version)},
        {translated("Dropout"), humanNumber(version.dropout)},
        {translated("Epochs"), wholeText(version.epochs)},
        {translated("Learning rate"), humanNumber(version.learningRate)},
        {translated("Batch size"), wholeText(version.batchSize)},
        {translated("Optimizer"), textOrMissing(version.optimizer)},
        {translated("Strategy"), textOrMissing(version.strategy)},
        {translated("Dataset rows"), wholeText(version.datasetRows)},
        {translated("Columns"), columnsText(version.columns)},
    };
}

QString versionDetailsHtml(const VersionView &version)
{
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(translated("Version %1: %2")
                                .arg(QString::number(version.id), versionDisplayName(version))
                                .toHtmlEscaped());
    if (version.active)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(translated("This is the active version.").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const VersionProperty &property : versionProperties(version))
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(property.label.toHtmlEscaped(), property.value.toHtmlEscaped());
    html += QStringLiteral("</table>");
    html += section(translated("Model"), version.specText);
    html += section(translated("Preprocessing"), version.preprocessingText);
    html += section(translated("Dataset"), version.datasetText);
    html += section(translated("Metrics"), version.metricsText);
    return html;
}

QString runDetailsHtml(const QString &runName, const QVector<VersionView> &versions)
{
    if (versions.isEmpty())
        return {};
    const QString summary =
        translated("%n rounds, stored as versions %1 to %2. The newest round is described "
                   "below; expand the run's row to pick another round.",
                   nullptr, static_cast<int>(versions.size()))
            .arg(QString::number(versions.last().id), QString::number(versions.first().id));
    return QStringLiteral("<h3>%1</h3><p>%2</p>")
               .arg(translated("Run: %1").arg(runName).toHtmlEscaped(), summary.toHtmlEscaped())
           + versionDetailsHtml(versions.first());
}

} // namespace cohort::ui
