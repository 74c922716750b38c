#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Marquee {

enum class Encoding { Auto, Utf8, Windows1252 };

QString toText(Encoding encoding); // "auto", "UTF-8", "Windows-1252"
// "auto", "utf-8"/"utf8", "windows-1252"/"cp1252"/"latin1" (any case); nullopt otherwise.
std::optional<Encoding> parseEncoding(QStringView name);

// Where strict UTF-8 validation of a byte stream stops: checks chunk after chunk, carrying an
// incomplete sequence at a chunk's end over to the next one.
class Utf8Validator
{
public:
    // False at the first invalid byte; then badLine() says on which line it was.
    bool feed(const char *data, qsizetype size);
    // False when the stream ended inside a multi-byte sequence.
    bool finish() const { return m_pending == 0; }
    qint64 badLine() const { return m_line; }

private:
    int m_pending = 0;  // continuation bytes still expected
    unsigned m_min = 0; // smallest code point allowed for the sequence (overlongs)
    unsigned m_codePoint = 0;
    qint64 m_line = 1;
};

QString decodeWindows1252(const char *data, qsizetype size);

} // namespace Marquee
