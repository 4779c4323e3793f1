// The Explain page's "Type values…" form: one field per input column of the chosen version, a
// list of the model's categories or a number in the user's locale, each of which may be missing.
#pragma once

#include "widgets/explain_views.h"

#include <QMap>
#include <QScrollArea>
#include <QStringList>
#include <QVector>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;

namespace cohort::ui
{

class TypedValuesForm final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypedValuesForm)

public:
    /// The form's values as an ExplainRequest carries them, or what is wrong with them.
    struct Reading
    {
        QMap<QString, QString> values;
        QStringList problems; // one sentence per wrong field, naming its column
    };

    explicit TypedValuesForm(QWidget *parent = nullptr);

    /// Rebuilds the fields; a column of the same name and kind keeps what was typed or chosen.
    void setInputs(const QVector<ColumnInputView> &inputs);
    [[nodiscard]] const QVector<ColumnInputView> &inputs() const { return m_inputs; }
    /// Reads every field; marks the wrong ones and puts the cursor into the first.
    [[nodiscard]] Reading read();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        QLabel *label = nullptr;
        QLineEdit *edit = nullptr; // numbers
        QComboBox *list = nullptr; // categories and yes/no; item 0 is "(missing)"
        QAction *warning = nullptr;
    };

    [[nodiscard]] Field createField(const ColumnInputView &input, QWidget *parent);
    void fillList(QComboBox *list, const ColumnInputView &input) const;
    void retranslate();
    /// The training range in the user's locale, "18 to 90"; empty when it is unknown.
    [[nodiscard]] QString rangeText(const ColumnInputView &input) const;
    /// Empty when the field holds a number or nothing; else a sentence naming the column.
    [[nodiscard]] QString problemOf(int index) const;
    void showProblem(int index);

    QVector<ColumnInputView> m_inputs;
    QVector<Field> m_fields;
};

} // namespace cohort::ui
