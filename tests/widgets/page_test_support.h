// Helpers shared by the widget tests: typing into a field the way a user does.
#pragma once

#include <QAbstractSpinBox>
#include <QString>
#include <QTest>
#include <QWidget>

namespace cohort::ui::test
{

// Replaces the field's text the way a user does: select everything, then type.
inline void typeInto(QWidget *field, const QString &text)
{
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        spin->interpretText();
}

} // namespace cohort::ui::test
