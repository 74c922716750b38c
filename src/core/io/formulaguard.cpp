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

bool needsFormulaGuard(QByteArrayView utf8)
{
    // The characters that matter are ASCII, so UTF-8 bytes answer like the text would.
    qsizetype i = 0;
    while (i < utf8.size() && utf8[i] == '\'')
        ++i;
    if (i == utf8.size())
        return false;
    const char c = utf8[i];
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
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
