#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace Marquee {

// Walks the members of a JSON document's top-level object without building the whole tree:
// the elements of the arrays named as streamed are handed over one at a time, every other
// member's value whole, each with the line where it starts. A catalog of a million films is
// read one film at a time, and a fault is reported on its line.
class JsonScanner
{
public:
    // A file's bytes: mapped when the device is a file, read whole otherwise.
    class MappedBytes
    {
    public:
        explicit MappedBytes(QIODevice *device);
        QByteArrayView data() const { return m_data; }

    private:
        QByteArray m_owned;
        QByteArrayView m_data;
    };

public:
    struct Item
    {
        QString member;
        qsizetype index = -1; // the element's index, or -1 for a member's whole value
        QByteArrayView json;  // the value's bytes
        qint64 line = 1;      // where they start
    };
    using Handler = std::function<bool(const Item &)>;

    JsonScanner(QByteArrayView data, const QStringList &streamed);

    // Hands each item to `handler` in order, stopping when it returns false. Returns false when
    // the document's structure is broken; error() and errorLine() say where.
    bool scan(const Handler &handler);
    // The same for a document that is a list: each element is an item of no member.
    bool scanList(const Handler &handler);
    QString error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    // Bytes read so far, for progress.
    qsizetype position() const { return m_pos; }

    // Where the text starts, past a UTF-8 byte order mark and white space.
    static qsizetype textStart(QByteArrayView data);

    // The value of an item; sets `error` and the line it is on when it is not valid JSON.
    static QJsonValue parse(const Item &item, QString &error, qint64 *errorLine = nullptr);

private:
    bool fail(const QString &message);
    void skipSpace();
    bool skipString();
    bool skipValue();
    bool scanElements(Item &item, const Handler &handler, bool &stopped);

    QByteArrayView m_data;
    QStringList m_streamed;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace Marquee
