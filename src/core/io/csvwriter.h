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
    // Into memory: the records are kept until takeBytes(), in `buffer`'s memory when it has
    // enough; room is made for `reserve` bytes.
    CsvWriter(char delimiter, QByteArray buffer, qsizetype reserve);

    void writeRecord(const QStringList &fields);

    // Field by field, from UTF-8: `guard` adds the spreadsheet formula guard where needed.
    void appendField(QByteArrayView utf8, bool guard = false);
    void endRecord();
    // Records written elsewhere (by another CsvWriter), as they are.
    void appendRaw(QByteArrayView bytes);

    // False when the device refused bytes; errorString() says why. In memory: nothing to do.
    bool flush();
    // In memory: what was written, leaving the writer empty.
    QByteArray takeBytes();
    QString errorString() const { return m_error; }

private:
    // Room for `bytes` more in the buffer, flushing first when it is full.
    char *reserve(qsizetype bytes);

    QIODevice *m_device = nullptr; // none: in memory
    char m_delimiter;
    bool m_recordStarted = false;
    QByteArray m_buffer; // its whole size is usable; m_used bytes are filled
    qsizetype m_used = 0;
    QString m_error;
};

} // namespace Marquee
