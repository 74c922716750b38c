#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Marquee {

// Writes RFC 4180 records in UTF-8 with CRLF line ends, quoting a field only when it holds the
// delimiter, a quote or a line break. Output is buffered; call flush() at the end.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, char delimiter = ',');

    void writeRecord(const QStringList &fields);
    // False when the device refused bytes; errorString() says why.
    bool flush();
    QString errorString() const { return m_error; }

private:
    void appendField(const QString &field);

    QIODevice *m_device;
    char m_delimiter;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace Marquee
