#include "widgets/typed_values_form.h"

#include "widgets/number_text.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QStyle>

#include <algorithm>
#include <cmath>
#include <optional>

namespace cohort::ui
{

namespace
{

constexpr int kPairsPerLine = 4;
constexpr int kVisibleLines = 3;
constexpr int kMissingItem = 0;

// A number as the user's locale writes it ("72,5" in German), or nothing for other text.
std::optional<double> localeNumber(const QString &text)
{
    bool ok = false;
    const double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString objectNameFor(const QString &prefix, const QString &column)
{
    static const QRegularExpression notName(QStringLiteral("[^A-Za-z0-9_]"));
    return prefix + QString(column).replace(notName, QStringLiteral("_"));
}

// What a field holds, to carry it over when the form is rebuilt for another version.
struct Kept
{
    ColumnInputView::Kind kind;
    QString text;
};

} // namespace

TypedValuesForm::TypedValuesForm(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("typedValuesForm"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setInputs({});
}

void TypedValuesForm::setInputs(const QVector<ColumnInputView> &inputs)
{
    QMap<QString, Kept> kept;
    for (int i = 0; i < m_fields.size(); ++i)
    {
        const Field &field = m_fields.at(i);
        kept.insert(m_inputs.at(i).name,
                    {m_inputs.at(i).kind,
                     field.edit ? field.edit->text() : field.list->currentData().toString()});
    }
    m_inputs = inputs;
    m_fields.clear();
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("typedValuesContent"));
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(6, 4, 6, 4);
    for (int i = 0; i < m_inputs.size(); ++i)
    {
        const ColumnInputView &input = m_inputs.at(i);
        Field field = createField(input, content);
        QWidget *value = field.edit ? static_cast<QWidget *>(field.edit) : field.list;
        grid->addWidget(field.label, i / kPairsPerLine, 2 * (i % kPairsPerLine));
        grid->addWidget(value, i / kPairsPerLine, 2 * (i % kPairsPerLine) + 1);
        // Added before it is filled: a number field's check looks itself up in m_fields.
        m_fields << field;
        const auto previous = kept.constFind(input.name);
        if (previous != kept.cend() && previous->kind == input.kind)
        {
            if (field.edit)
                field.edit->setText(previous->text);
            else if (const int item = field.list->findData(previous->text); item > kMissingItem)
                field.list->setCurrentIndex(item);
        }
    }
    for (int pair = 0; pair < kPairsPerLine; ++pair)
        grid->setColumnStretch(2 * pair + 1, 1);
    // Replacing the widget deletes the old fields.
    setWidget(content);
    retranslate();
    for (int i = 0; i < m_fields.size(); ++i)
        showProblem(i);
    // Up to three lines of fields show without scrolling; more scroll inside the form.
    const int lines =
        std::max(1, static_cast<int>(m_inputs.size() + kPairsPerLine - 1) / kPairsPerLine);
    const int height = content->sizeHint().height() * std::min(lines, kVisibleLines) / lines;
    setFixedHeight(height + 2 * frameWidth());
}

TypedValuesForm::Field TypedValuesForm::createField(const ColumnInputView &input, QWidget *parent)
{
    Field field;
    field.label = new QLabel(input.name, parent);
    if (input.kind == ColumnInputView::Kind::Number)
    {
        field.edit = new QLineEdit(parent);
        field.edit->setObjectName(objectNameFor(QStringLiteral("typedValueEdit_"), input.name));
        field.warning = field.edit->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                              QLineEdit::TrailingPosition);
        field.warning->setVisible(false);
        const int index = static_cast<int>(m_fields.size());
        connect(field.edit, &QLineEdit::textChanged, this, [this, index] { showProblem(index); });
        field.label->setBuddy(field.edit);
        return field;
    }
    field.list = new QComboBox(parent);
    field.list->setObjectName(objectNameFor(QStringLiteral("typedValueCombo_"), input.name));
    field.list->setEditable(false);
    // Long category names must not widen the form past the window.
    field.list->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    field.list->setMinimumContentsLength(6);
    fillList(field.list, input);
    field.label->setBuddy(field.list);
    return field;
}

void TypedValuesForm::fillList(QComboBox *list, const ColumnInputView &input) const
{
    // "(missing)" first: it is the default, as an empty number field is.
    list->addItem(QString(), QString());
    if (input.kind == ColumnInputView::Kind::YesNo)
    {
        list->addItem(QString(), QStringLiteral("1"));
        list->addItem(QString(), QStringLiteral("0"));
        return;
    }
    for (const QString &category : input.categories)
        list->addItem(category, category);
}

QString TypedValuesForm::problemOf(int index) const
{
    const QLineEdit *edit = m_fields.at(index).edit;
    if (!edit || edit->text().trimmed().isEmpty() || localeNumber(edit->text()))
        return {};
    return tr("%1: “%2” is not a number").arg(m_inputs.at(index).name, edit->text().trimmed());
}

void TypedValuesForm::showProblem(int index)
{
    const Field &field = m_fields.at(index);
    if (!field.edit)
        return;
    const QString problem = problemOf(index);
    field.warning->setVisible(!problem.isEmpty());
    field.warning->setToolTip(problem);
    field.edit->setAccessibleDescription(problem);
}

TypedValuesForm::Reading TypedValuesForm::read()
{
    Reading reading;
    QLineEdit *firstWrong = nullptr;
    for (int i = 0; i < m_fields.size(); ++i)
    {
        const Field &field = m_fields.at(i);
        const QString &name = m_inputs.at(i).name;
        if (field.list)
        {
            reading.values.insert(name, field.list->currentData().toString());
            continue;
        }
        showProblem(i);
        if (const QString problem = problemOf(i); !problem.isEmpty())
        {
            reading.problems << problem;
            firstWrong = firstWrong ? firstWrong : field.edit;
            continue;
        }
        // The engine reads numbers as a CSV file writes them: C locale, no group separators.
        const std::optional<double> number = localeNumber(field.edit->text());
        reading.values.insert(name,
                              number ? QString::number(*number, 'g', QLocale::FloatingPointShortest)
                                     : QString());
    }
    if (firstWrong)
    {
        ensureWidgetVisible(firstWrong);
        firstWrong->setFocus(Qt::OtherFocusReason);
        firstWrong->selectAll();
    }
    return reading;
}

QString TypedValuesForm::rangeText(const ColumnInputView &input) const
{
    if (!std::isfinite(input.low) || !std::isfinite(input.high))
        return {};
    // The format of the Data page's ranges: the same numbers read the same on every page.
    return input.high > input.low ? readableRange(input.low, input.high)
                                  : readableNumber(input.low);
}

void TypedValuesForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QScrollArea::changeEvent(event);
}

void TypedValuesForm::retranslate()
{
    setAccessibleName(tr("Typed values"));
    const QString example = QLocale().toString(72.5);
    for (int i = 0; i < m_fields.size(); ++i)
    {
        const ColumnInputView &input = m_inputs.at(i);
        const Field &field = m_fields.at(i);
        if (field.edit)
        {
            const QString range = rangeText(input);
            field.edit->setAccessibleName(tr("Value of %1").arg(input.name));
            field.edit->setPlaceholderText(range.isEmpty() ? tr("missing") : range);
            field.edit->setToolTip(
                (range.isEmpty() ? tr("A number, e.g. %1.").arg(example)
                                 : tr("A number, e.g. %1. The model was trained on %2; values "
                                      "beyond that count as the nearest end.")
                                       .arg(example, range))
                + QLatin1Char(' ')
                + tr("Leave it empty if it is unknown: the model fills it in as it did for "
                     "missing cells in training."));
            continue;
        }
        field.list->setAccessibleName(tr("Value of %1").arg(input.name));
        field.list->setItemText(kMissingItem, tr("(missing)"));
        if (input.kind == ColumnInputView::Kind::YesNo)
        {
            field.list->setItemText(1, tr("yes"));
            field.list->setItemText(2, tr("no"));
        }
        field.list->setToolTip(tr("One of the values the model knows for %1, or (missing): the "
                                  "model then fills it in as it did for missing cells in "
                                  "training.")
                                   .arg(input.name));
    }
}

} // namespace cohort::ui
