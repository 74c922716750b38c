#include "namecompleter.h"

#include <QLineEdit>
#include <QStringListModel>

namespace Marquee {

NameCompleter::NameCompleter(Lookup lookup, QLineEdit *line, Mode mode)
    : QCompleter(line), m_lookup(std::move(lookup)), m_mode(mode),
      m_names(new QStringListModel(this))
{
    setModel(m_names);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    setWidget(line);
    line->setCompleter(this);
    connect(line, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString entry = lastEntry(text);
        m_names->setStringList(entry.isEmpty() ? QStringList() : m_lookup(entry));
    });
}

QString NameCompleter::lastEntry(const QString &text) const
{
    const qsizetype cut = m_mode == Mode::List ? text.lastIndexOf(u';') : -1;
    return (cut < 0 ? text : text.mid(cut + 1)).trimmed();
}

QStringList NameCompleter::splitPath(const QString &path) const
{
    return {lastEntry(path)};
}

QString NameCompleter::pathFromIndex(const QModelIndex &index) const
{
    const auto *line = qobject_cast<const QLineEdit *>(widget());
    const QString text = line ? line->text() : QString();
    const qsizetype cut = m_mode == Mode::List ? text.lastIndexOf(u';') : -1;
    const QString kept = cut < 0 ? QString() : text.left(cut + 1) + u' ';
    return kept + index.data().toString();
}

} // namespace Marquee
