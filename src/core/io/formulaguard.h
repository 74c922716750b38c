#pragma once

#include <QByteArrayView>
#include <QString>

namespace Marquee {

// Spreadsheet safety for CSV. A text that a spreadsheet would run as a formula (it starts with
// = + - @ TAB or CR, possibly after apostrophes) is written with one more leading apostrophe,
// and reading removes exactly that one. guardFormula and unguardFormula are inverses, and a
// text such as "'Round Midnight" passes through both unchanged.
bool needsFormulaGuard(QStringView text);
bool needsFormulaGuard(QByteArrayView utf8);
QString guardFormula(const QString &text);
QString unguardFormula(const QString &text);

} // namespace Marquee
