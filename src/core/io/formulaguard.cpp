#include "formulaguard.h"

namespace Marquee {

bool needsFormulaGuard(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    if (i == text.size())
        return false;
    const QChar c = text[i];
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString guardFormula(const QString &text)
{
    return needsFormulaGuard(text) ? u'\'' + text : text;
}

QString unguardFormula(const QString &text)
{
    if (text.startsWith(u'\'') && needsFormulaGuard(QStringView(text).mid(1)))
        return text.mid(1);
    return text;
}

} // namespace Marquee
