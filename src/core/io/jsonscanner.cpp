#include "jsonscanner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Marquee {

JsonScanner::MappedBytes::MappedBytes(QIODevice *device)
{
    auto *file = qobject_cast<QFile *>(device);
    if (file && file->size() > 0 && file->pos() == 0) {
        if (uchar *mapped = file->map(0, file->size()))
            m_data = QByteArrayView(mapped, file->size());
    }
    if (m_data.isNull()) {
        m_owned = device->readAll();
        m_data = m_owned;
    }
}

JsonScanner::JsonScanner(QByteArrayView data, const QStringList &streamed)
    : m_data(data), m_streamed(streamed)
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

qsizetype JsonScanner::textStart(QByteArrayView data)
{
    qsizetype start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (start < data.size() && QByteArrayView(" \t\r\n").contains(data[start]))
        ++start;
    return start;
}

bool JsonScanner::fail(const QString &message)
{
    m_error = message;
    m_errorLine = m_line;
    return false;
}

void JsonScanner::skipSpace()
{
    while (m_pos < m_data.size()) {
        const char c = m_data[m_pos];
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_pos;
    }
}

bool JsonScanner::skipString()
{
    const qint64 startLine = m_line;
    for (++m_pos; m_pos < m_data.size(); ++m_pos) {
        const char c = m_data[m_pos];
        if (c == '\\') {
            ++m_pos;
        } else if (c == '"') {
            ++m_pos;
            return true;
        } else if (c == '\n') {
            ++m_line;
        }
    }
    m_line = startLine;
    return fail(QStringLiteral("the text that starts here has no closing quote"));
}

// Past one value; brackets are only counted here, QJsonDocument checks the rest.
bool JsonScanner::skipValue()
{
    if (m_pos >= m_data.size())
        return fail(QStringLiteral("the file ends where a value was expected"));
    const char first = m_data[m_pos];
    if (first == '"')
        return skipString();
    if (first == '{' || first == '[') {
        const qint64 startLine = m_line;
        int depth = 0;
        while (m_pos < m_data.size()) {
            const char c = m_data[m_pos];
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    ++m_pos;
                    return true;
                }
            } else if (c == '\n') {
                ++m_line;
            }
            ++m_pos;
        }
        m_line = startLine;
        return fail(first == '{'
                        ? QStringLiteral("the file ends inside the object that starts here")
                        : QStringLiteral("the file ends inside the list that starts here"));
    }
    const qsizetype start = m_pos;
    while (m_pos < m_data.size() && !QByteArrayView(",]} \t\r\n").contains(m_data[m_pos]))
        ++m_pos;
    if (m_pos == start)
        return fail(QStringLiteral("a value was expected here"));
    return true;
}

bool JsonScanner::scan(const Handler &handler)
{
    skipSpace();
    if (m_pos >= m_data.size() || m_data[m_pos] != '{')
        return fail(QStringLiteral("a JSON object ({ ... }) was expected at the start"));
    ++m_pos;
    bool first = true;
    for (;;) {
        skipSpace();
        if (m_pos >= m_data.size())
            return fail(QStringLiteral("the file ends before the closing }"));
        if (m_data[m_pos] == '}' && first) {
            ++m_pos;
            break;
        }
        if (m_data[m_pos] != '"')
            return fail(QStringLiteral("a member name in quotes was expected here"));
        const qsizetype keyStart = m_pos;
        if (!skipString())
            return false;
        Item item;
        item.json = m_data.sliced(keyStart, m_pos - keyStart);
        QString keyError;
        item.member = parse(item, keyError).toString();
        skipSpace();
        if (m_pos >= m_data.size() || m_data[m_pos] != ':')
            return fail(QStringLiteral("a colon was expected after \"%1\"").arg(item.member));
        ++m_pos;
        skipSpace();
        if (m_streamed.contains(item.member) && m_pos < m_data.size() && m_data[m_pos] == '[') {
            bool stopped = false;
            if (!scanElements(item, handler, stopped))
                return false;
            if (stopped)
                return true;
        } else {
            const qsizetype start = m_pos;
            item.line = m_line;
            if (!skipValue())
                return false;
            item.json = m_data.sliced(start, m_pos - start);
            if (!handler(item))
                return true;
        }
        first = false;
        skipSpace();
        if (m_pos < m_data.size() && m_data[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        if (m_pos < m_data.size() && m_data[m_pos] == '}') {
            ++m_pos;
            break;
        }
        return fail(QStringLiteral("a comma or } was expected after \"%1\"").arg(item.member));
    }
    skipSpace();
    if (m_pos < m_data.size())
        return fail(QStringLiteral("there is more text after the closing }"));
    return true;
}

// The elements of the list at the current position, one by one.
bool JsonScanner::scanElements(Item &item, const Handler &handler, bool &stopped)
{
    ++m_pos;
    skipSpace();
    if (m_pos < m_data.size() && m_data[m_pos] == ']') {
        ++m_pos;
        return true;
    }
    for (item.index = 0;; ++item.index) {
        skipSpace();
        const qsizetype start = m_pos;
        item.line = m_line;
        if (!skipValue())
            return false;
        item.json = m_data.sliced(start, m_pos - start);
        if (!handler(item)) {
            stopped = true;
            return true;
        }
        skipSpace();
        if (m_pos < m_data.size() && m_data[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        if (m_pos < m_data.size() && m_data[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        return fail(
            item.member.isEmpty()
                ? QStringLiteral("a comma or ] was expected after element %1").arg(item.index + 1)
                : QStringLiteral("a comma or ] was expected after element %1 of \"%2\"")
                      .arg(item.index + 1)
                      .arg(item.member));
    }
}

bool JsonScanner::scanList(const Handler &handler)
{
    skipSpace();
    if (m_pos >= m_data.size() || m_data[m_pos] != '[')
        return fail(QStringLiteral("a JSON list ([ ... ]) was expected at the start"));
    Item item;
    bool stopped = false;
    if (!scanElements(item, handler, stopped))
        return false;
    if (stopped)
        return true;
    skipSpace();
    if (m_pos < m_data.size())
        return fail(QStringLiteral("there is more text after the closing ]"));
    return true;
}

QJsonValue JsonScanner::parse(const Item &item, QString &error, qint64 *errorLine)
{
    // Wrapped in a list, so that plain values parse too.
    QByteArray wrapped;
    wrapped.reserve(item.json.size() + 2);
    wrapped.append('[').append(item.json).append(']');
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset =
            qBound(qsizetype(0), qsizetype(parseError.offset) - 1, item.json.size());
        if (errorLine)
            *errorLine = item.line + item.json.first(offset).count('\n');
        error = parseError.errorString();
        return {};
    }
    return document.array().first();
}

} // namespace Marquee
