#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace Marquee {

// An error a person can act on: the message names the file, line or field and what to do.
// The storage layer throws it; the command line and the window catch it and show the message.
class Error : public std::exception
{
public:
    enum class Kind {
        Failed,       // a database or file operation failed
        NotACatalog,  // the file is not a Marquee catalog
        NewerCatalog, // the catalog was written by a newer Marquee
        ReadOnly,     // a write on a catalog opened read-only
        Conflict,     // the row changed or vanished since it was read
        InUse,        // the row is still referenced (a company used by films)
        Invalid,      // a value failed validation
        NotFound,
        Locked, // another program holds the catalog's write lock
    };

    explicit Error(const QString &message, Kind kind = Kind::Failed)
        : m_message(message), m_kind(kind), m_what(message.toUtf8())
    {}

    const QString &message() const { return m_message; }
    Kind kind() const { return m_kind; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    QString m_message;
    Kind m_kind;
    QByteArray m_what;
};

} // namespace Marquee
