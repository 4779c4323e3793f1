// Putting values into a translated sentence's %1, %2, ... in one pass, so that a value that
// holds "%2" itself is never replaced (QString::arg one at a time would).
#pragma once

#include <QString>
#include <QStringList>

namespace cohort::app
{

/// `text` with its %1..%4 replaced by `args`, all at once; more than four are not put in.
[[nodiscard]] inline QString withArguments(const QString &text, const QStringList &args)
{
    switch (args.size())
    {
    case 0:
        return text;
    case 1:
        return text.arg(args[0]);
    case 2:
        return text.arg(args[0], args[1]);
    case 3:
        return text.arg(args[0], args[1], args[2]);
    default:
        return text.arg(args[0], args[1], args[2], args[3]);
    }
}

} // namespace cohort::app
