#pragma once

#include "textencoding.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Marquee {

// A streaming RFC 4180 reader: quoted fields with delimiters, quotes and line breaks; CRLF,
// LF or CR line ends; UTF-8 with or without BOM, or Windows-1252. Only a chunk of the file is
// in memory at a time. Encoding `Auto` takes a BOM if present, else strict UTF-8 if the whole
// file is valid UTF-8 (checked before the first record when the device can seek), else
// Windows-1252 with a warning. A zero delimiter is detected from the header line among comma,
// semicolon, tab and '|'.
class CsvReader
{
public:
    struct Options
    {
        Encoding encoding = Encoding::Auto;
        char delimiter = 0;
    };

    struct Record
    {
        QStringList fields;
        qint64 line = 0; // the line where the record starts, from 1
        QString error;   // set when the record is malformed; the fields are then unreliable
    };

    CsvReader(QIODevice *device, const QString &fileName, const Options &options);
    CsvReader(QIODevice *device, const QString &fileName) : CsvReader(device, fileName, Options{})
    {}

    // Reads ahead to settle the encoding and delimiter. False (see errorString) when the input
    // cannot be read at all.
    bool start();
    // The next record; false at the end of the input (or after an error that ends it).
    bool next(Record &record);

    Encoding encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }
    QStringList warnings() const { return m_warnings; }
    QString errorString() const { return m_error; }
    qint64 bytesRead() const { return m_consumed + m_pos; }
    qint64 totalBytes() const { return m_total; }

    static QString delimiterName(char delimiter); // "comma", "semicolon", "tab", "'|'"

private:
    bool refill();
    void endField(Record &record);
    QString decode(const char *data, qsizetype size) const;
    char detectDelimiter() const;

    QIODevice *m_device;
    QString m_fileName;
    Options m_options;
    Encoding m_encoding = Encoding::Utf8;
    char m_delimiter = ',';
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0; // bytes of the input before m_buffer
    qint64 m_total = -1;
    QByteArray m_field;
    qint64 m_line = 1;
    bool m_crPending = false; // a quoted field's CR ended the last chunk
    bool m_eof = false;
    QStringList m_warnings;
    QString m_error;
};

} // namespace Marquee
