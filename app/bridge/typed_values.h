// Typed-in values on the Explain page, engine side: what each input column of a version
// accepts, which typed values the model can read, and the values as a one-row table.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include "data/preprocessor.h"
#include "data/raw_table.h"
#include "widgets/explain_views.h"

namespace cohort::app
{

/// What the column accepts in the typed-values form: its categories, yes/no, or a number in
/// the range the model clips to.
[[nodiscard]] ui::ColumnInputView inputView(const engine::ColumnTransform &column);

/// One sentence per column whose typed value the model cannot read (a missing value it can),
/// naming the column; empty when every value fits.
[[nodiscard]] QStringList typedValueProblems(const engine::Preprocessor &preprocessor,
                                             const QMap<QString, QString> &values);

/// The values as a one-row table with the model's columns. An empty value is an empty cell,
/// which the preprocessing fills in as it fills a missing cell of a CSV file.
[[nodiscard]] engine::RawTable typedRow(const engine::Preprocessor &preprocessor,
                                        const QMap<QString, QString> &values);

} // namespace cohort::app
