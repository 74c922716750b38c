#pragma once

#include <QCompleter>

#include <functional>

class QLineEdit;
class QStringListModel;

namespace Marquee {

// Completes the last entry (or the whole text) of a "; "-separated list in a line edit ("Haut et
// Court; Stu" -> "Haut et Court; StudioCanal"), asking the catalog for names as the user types, so
// that it stays quick however many names there are.
class NameCompleter : public QCompleter
{
    Q_OBJECT

public:
    using Lookup = std::function<QStringList(const QString &prefix)>;
    enum class Mode { List, Single }; // complete the last "; " entry, or the whole text
    NameCompleter(Lookup lookup, QLineEdit *line, Mode mode = Mode::List);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

private:
    QString lastEntry(const QString &text) const;

    Lookup m_lookup;
    Mode m_mode;
    QStringListModel *m_names;
};

} // namespace Marquee
