#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace Marquee {

// Writes JSON as it goes, members in the order given (QJsonDocument sorts them), indented two
// spaces, arrays of plain values on one line. Numbers are written in their shortest exact form,
// so reading them back gives the same double. Output is buffered; call flush() at the end.
class JsonWriter
{
public:
    enum class Layout { Block, Inline };

    explicit JsonWriter(QIODevice *device);

    void beginObject();
    void endObject();
    void beginArray(Layout layout = Layout::Block);
    void endArray();
    // The name of the next member of the current object.
    void key(const char *name);

    void value(const QString &text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void null();

    // Members that are written only when they hold something: an empty text or an absent
    // number is "not known" and leaves the member out.
    void member(const char *name, const QString &text);
    template <typename T> void member(const char *name, const std::optional<T> &number)
    {
        if (number) {
            key(name);
            value(*number);
        }
    }

    // False when the device refused bytes; errorString() says why.
    bool flush();
    QString errorString() const { return m_error; }

private:
    void beforeValue();
    void newLine();
    void write(QByteArrayView bytes);
    void writeString(const QString &text);

    struct Level
    {
        bool array;
        bool inlineLayout;
        int count;
    };

    QIODevice *m_device;
    QByteArray m_buffer;
    QList<Level> m_levels;
    bool m_afterKey = false;
    QString m_error;
};

} // namespace Marquee
